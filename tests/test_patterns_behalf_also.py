"""'written on the chief's behalf by a clerk': the one on whose behalf a letter is written sends it, as
with 'on behalf of A' and 'on his behalf'. And 'B received messages from many leaders. A also sent a
message': A's message went to B as well (not when A's has an addressee of its own). Invented names;
report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The letter, signed by Chief Amos Kanu, was written on the chief's behalf by a clerk, Josiah"
                " Cole, and addressed to the Governor, Edmund Garrick.",
            ),
            ("letter", "Amos Kanu", ("Edmund Garrick",), ""),
        ),
        (
            (
                "A letter to Governor Edmund Garrick was written on the chief's behalf by his clerk.",
                "It was signed by Chief Amos Kanu.",
            ),
            ("letter", "Amos Kanu", ("Edmund Garrick",), ""),
        ),
        (
            (
                "A telegram sent on the Pope's behalf by Cardinal Piero Lanza conveyed condolences to President"
                " Juan Ortiz after the floods.",
                "Pope Clement had been told of the disaster on Sunday.",
            ),
            ("message", "Clement", ("Juan Ortiz",), ""),
        ),
    ],
)
def test_the_one_on_whose_behalf_it_is_written_sends_it(
    paragraphs: tuple[str, ...], expected: object
) -> None:
    assert observed(run(report(*paragraphs))) == [expected]


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        (
            "President Ana Holm received congratulatory messages from a number of world leaders on Saturday.",
            "Prime Minister Tomas Varga also sent a message, praising the country's progress.",
            [("message", "Tomas Varga", ("Ana Holm",), "")],
        ),
        (
            "King Olav Brenn sent a letter of condolence to President Ana Holm on Monday.",
            "Chancellor Helga Brandt also sent a message of sympathy.",
            [("letter", "Olav Brenn", ("Ana Holm",), ""), ("message", "Helga Brandt", ("Ana Holm",), "")],
        ),
        (
            "President Ana Holm received a cable from King Olav Brenn on Saturday.",
            "Chancellor Helga Brandt also sent a cable, voicing her solidarity.",
            [("message", "Helga Brandt", ("Ana Holm",), ""), ("message", "Olav Brenn", ("Ana Holm",), "")],
        ),
    ],
)
def test_also_sent_goes_to_whom_the_last_went(first: str, then: str, expected: object) -> None:
    assert observed(run(report(first, then))) == expected


@pytest.mark.parametrize(
    "then",
    [
        "Chancellor Helga Brandt also sent a message to her parliament.",
        "King Olav Brenn also sent a message, his office said.",
    ],
)
def test_also_sent_with_an_addressee_or_by_the_same_sender_stays_unaddressed(then: str) -> None:
    rep = run(report("President Ana Holm received a cable from King Olav Brenn on Saturday.", then))
    assert ("message", "Helga Brandt", ("Ana Holm",), "") not in observed(rep)
    assert len([o for o in observed(rep) if o[2] == ("Ana Holm",)]) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "In a letter signed by his chief of staff, Ana Holm, President Juan Ortiz asked King Olav Brenn to reopen"
        " the border.",
        "In a cable signed by Ambassador Rui Santos, President Juan Ortiz congratulated King Olav Brenn on his"
        " jubilee.",
        "In a message signed by Foreign Minister Ana Holm, President Juan Ortiz thanked King Olav Brenn for his"
        " support.",
    ],
)
def test_the_subject_speaking_in_a_text_another_signed_sends_it(sentence: str) -> None:
    [(_kind, sender, recipients, _)] = observed(run(report(sentence)))
    assert (sender, recipients) == ("Juan Ortiz", ("Olav Brenn",))
