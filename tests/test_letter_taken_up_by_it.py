"""A letter taken up again by 'it': 'A drafted a letter and persuaded B to sign it', 'C drew up a message
and B sent it to D'. The verb of signing or sending on the pronoun names the letter's sender and
addressee where the noun's own clause does not; a letter sent back, or passed on by a carrier, is not
sent by the one who does so. And a reply named with its addressee ('B's reply to A followed') goes to
A even when the letter it answers has no known writer."""

from __future__ import annotations

import pytest

from test_extract import found_acts

OPENING = "The mayor spoke first."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                f"{OPENING} Leo Kranz drafted a letter and persuaded Ana Berg to sign it. "
                "The letter, dated August 2, was addressed to President Marek Novak.",
            ),
            [("letter", "Ana Berg", ("Marek Novak",))],
        ),
        (
            (f"{OPENING} Leo Kranz drafted a message and Ana Berg sent it to President Marek Novak.",),
            [("message", "Ana Berg", ("Marek Novak",))],
        ),
        (
            (
                f"{OPENING} Aides to Ana Berg prepared a letter over the weekend. "
                "Ana Berg signed it on Monday and sent it to President Marek Novak.",
            ),
            [("letter", "Ana Berg", ("Marek Novak",))],
        ),
    ],
)
def test_the_verb_on_it_names_the_parties(paragraphs: tuple[str, ...], expected: list[tuple]) -> None:
    assert found_acts(*paragraphs) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        f"{OPENING} Ana Berg received a letter from Marek Novak and sent it back to him.",
        f"{OPENING} Ana Berg received a letter from Marek Novak and forwarded it to the police chief Leo Kranz.",
    ],
)
def test_sent_back_or_passed_on_keeps_its_writer(sentence: str) -> None:
    got = found_acts(sentence)
    assert ("letter", "Marek Novak", ("Ana Berg",)) in got, got
    assert not any(s == "Ana Berg" for _k, s, _r in got), got


def test_a_reply_named_with_its_addressee_goes_to_him() -> None:
    got = found_acts(
        "The letter, dated August 2, was addressed to President Marek Novak.",
        "The letter did not reach the president for two months. Novak's reply to Ana Berg followed on "
        "October 19.",
    )
    assert ("letter", "Marek Novak", ("Ana Berg",)) in got, got
