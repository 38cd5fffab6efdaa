"""Where a date sits decides whose it is, whatever the parser hangs it on: 'wrote to B on 2 March
proposing talks' (the date after 'on' is the letter's), 'in the spring of 1994' (a season of a year),
'In October 1998, A picked up the phone and called B' (a date before the subject dates both verbs), and
'Responding to a letter from A last week, B wrote back on Monday' (the date inside the opening phrase
is A's letter's). The report is dated Thursday 14 March 2024. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run

D = dt.date


def dated(*paragraphs: str) -> list[tuple[str, str, D | None, D | None]]:
    comms = run(report(*paragraphs)).extraction.communications
    return sorted((c.kind, c.sender.name if c.sender else "", c.date.earliest, c.date.latest) for c in comms)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ana Ruiz wrote to President Dariusz Holm on 2 March proposing talks on the river.",
        "Prime Minister Ana Ruiz wrote to President Dariusz Holm on 2 March urging calm on the border.",
        "Prime Minister Ana Ruiz sent a letter to President Dariusz Holm on 2 March asking for talks.",
    ],
)
def test_a_date_after_on_is_the_acts_before_a_participle(sentence: str) -> None:
    assert dated(sentence) == [("letter", "Ana Ruiz", D(2024, 3, 2), D(2024, 3, 2))]


@pytest.mark.parametrize(
    "sentence, year",
    [
        ("In the spring of 1994, Rune Fjeld sent a letter to Jan Sobota.", 1994),
        ("When talks stalled in the spring of 1994, Rune Fjeld sent a note to the minister, Jan Sobota.", 1994),
        ("During the winter of 1962, President Rune Fjeld wrote to Chancellor Ilse Marrow.", 1962),
    ],
)  # fmt: skip
def test_a_season_of_a_year_dates_the_act_in_that_year(sentence: str, year: int) -> None:
    ((_, _, earliest, latest),) = dated(sentence)
    assert (earliest, latest) == (D(year, 1, 1), D(year, 12, 31))


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("In October 1998, President Kaspar Lind picked up the phone and called Ostravia's leader, Jan Sobota.",
         "call"),
        ("In October 1998, President Kaspar Lind sat down and wrote to Chancellor Jan Sobota.", "letter"),
        ("In October 1998, President Kaspar Lind returned home and telephoned Chancellor Jan Sobota.", "call"),
    ],
)  # fmt: skip
def test_a_date_before_the_subject_dates_the_second_of_two_verbs(sentence: str, kind: str) -> None:
    assert dated(sentence) == [(kind, "Kaspar Lind", D(1998, 10, 1), D(1998, 10, 31))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Responding to a letter from 14 opposition MPs last week, the Speaker, Amina Wanjiru, wrote back on "
        "Monday to say the motion would be tabled.",
        "Replying to a letter from 14 opposition MPs last week, the Speaker, Amina Wanjiru, wrote to them on "
        "Monday.",
    ],
)
def test_a_date_in_the_opening_phrase_is_the_answered_letters(sentence: str) -> None:
    assert dated(sentence) == [
        ("letter", "Amina Wanjiru", D(2024, 3, 11), D(2024, 3, 11)),
        ("letter", "MPs", D(2024, 3, 4), D(2024, 3, 10)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland's Defence Minister Ana Berg phoned her Vestrian counterpart, Tomas Varga, late on Friday after a "
        "Norland drone crashed in Vestria, the Norland defence ministry said on Saturday.",
        "Defence Minister Ana Berg telephoned her counterpart, Tomas Varga, early on Friday after the border "
        "incident, her ministry said on Saturday.",
        "Defence Minister Ana Berg phoned Tomas Varga late on Friday after the crash, the ministry said.",
    ],
)
def test_a_date_right_after_the_act_and_its_object_dates_it(sentence: str) -> None:
    ((kind, sender, earliest, latest),) = dated(sentence)
    assert (kind, sender, earliest, latest) == ("call", "Ana Berg", D(2024, 3, 8), D(2024, 3, 8))


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence Minister Ana Berg phoned Tomas Varga after the talks on Friday had failed.",
        "Defence Minister Ana Berg phoned Tomas Varga, who had met the rebels on Friday.",
        "Defence Minister Ana Berg wrote to Tomas Varga about the crisis of 8 March, her office said on Wednesday.",
        "Defence Minister Ana Berg phoned Tomas Varga, her counterpart for the talks of 8 March, last week.",
    ],
)
def test_a_date_of_another_clause_after_the_act_does_not_date_it(sentence: str) -> None:
    ((_kind, sender, earliest, latest),) = dated(sentence)
    assert sender == "Ana Berg"
    assert (
        earliest is None
        or earliest <= D(2024, 3, 14)
        and (earliest, latest) != (D(2024, 3, 8), D(2024, 3, 8))
    )


@pytest.mark.parametrize("title", ["Count", "Baron", "Duke"])
def test_the_date_a_later_sentence_gives_the_letter_dates_it(title: str) -> None:
    found = dated(
        f"The national museum has acquired a letter from {title} Ferdinand Rusk to King Emeric of Lorvania, in "
        "which the count describes the famine.",
        "In the letter, dated 3 September 1871, Rusk tells the king that the villages are empty.",
    )
    assert found == [("letter", "Ferdinand Rusk", D(1871, 9, 3), D(1871, 9, 3))]


@pytest.mark.parametrize(
    "sentence",
    [
        "A coded telegram sent in the early hours of 3 March 1921 by Senator Joao Vidal to Ambassador Peter Brandt "
        "has been published.",
        "Senator Joao Vidal wrote to Ambassador Peter Brandt on the morning of 3 March 1921, the archive says.",
        "The letter, sent on the evening of 3 March 1921 by Senator Joao Vidal to Ambassador Peter Brandt, was "
        "found in a trunk.",
        "On the night of 3 March 1921, Senator Joao Vidal telephoned Ambassador Peter Brandt.",
    ],
)
def test_a_date_after_a_time_of_day_noun_dates_the_act(sentence: str) -> None:
    [(_, sender, earliest, latest)] = dated(sentence)
    assert (sender, earliest, latest) == ("Joao Vidal", D(1921, 3, 3), D(1921, 3, 3))


def test_a_time_of_day_on_an_event_noun_below_the_act_is_still_that_events() -> None:
    sentence = (
        "Senator Joao Vidal wrote to Ambassador Peter Brandt on Monday, praising the talks the envoys held in the "
        "early hours of 3 March 1921."
    )
    assert dated(sentence) == [("letter", "Joao Vidal", D(2024, 3, 11), D(2024, 3, 11))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Joao Vidal telephoned Ambassador Peter Brandt on Monday.",
        "On Monday, Senator Joao Vidal phoned the Freedonian ambassador, Peter Brandt.",
        "Senator Joao Vidal called Ambassador Peter Brandt on Monday to discuss the river.",
    ],
)
def test_an_ambassador_called_on_the_phone_is_a_party(sentence: str) -> None:
    assert dated(sentence) == [("call", "Joao Vidal", D(2024, 3, 11), D(2024, 3, 11))]


@pytest.mark.parametrize(
    "sentence",
    [
        'The oldest item is a handwritten letter dated "Lisbon, 3rd March 1921" from Senator Joao Vidal to '
        "Ambassador Peter Brandt.",
        "The collection holds a letter dated 'Lisbon, 3 March 1921' from Senator Joao Vidal to Ambassador Peter Brandt.",
        'The collection holds a letter dated "Lisbon, March 3, 1921" from Senator Joao Vidal to Ambassador Peter Brandt.',
    ],
)
def test_dated_with_the_letters_own_heading_of_place_and_date(sentence: str) -> None:
    assert dated(sentence) == [("letter", "Joao Vidal", D(1921, 3, 3), D(1921, 3, 3))]
