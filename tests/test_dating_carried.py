"""A participle of sending or carrying after the act's 'from' or 'to' phrase dates the letter, though the
parser hangs it on the last name of that phrase: 'received a message from President A of X, delivered by
his envoy on Sunday' (Sunday is the message's day); a participle on a name that tells of the person, not
the letter, does not ('wrote to B, the king elected in 1990')."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run

SUNDAY = dt.date(2024, 3, 10)  # the Sunday before the test report's date (14 March 2024)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Emir received a written message from President Omar Haddi of Zarvan, delivered by Foreign"
        " Minister Saleh Amri on Sunday.",
        "The Emir received a written message from the President of Zarvan, Omar Haddi, delivered by his"
        " envoy on Sunday.",
        "President Omar Haddi sent a message to King Fahd Alani, delivered by his envoy on Sunday.",
        "The king received a letter from Omar Haddi, handed over by the ambassador on Sunday.",
    ],
)
def test_a_carrying_participle_after_the_party_dates_the_letter(sentence: str) -> None:
    (comm,) = run(report(sentence)).extraction.communications
    assert (comm.date.earliest, comm.date.latest) == (SUNDAY, SUNDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Omar Haddi wrote to Fahd Alani, the king elected in 1990.",
        "President Omar Haddi wrote to Fahd Alani, a king crowned in 1990.",
    ],
)
def test_a_participle_about_the_person_does_not_date_the_letter(sentence: str) -> None:
    (comm,) = run(report(sentence)).extraction.communications
    assert comm.date.earliest is None or comm.date.earliest.year != 1990
