"""Two tellings of acts between the same people whose own dates cannot both hold are two acts: a letter
of 4 May 1923 and 'a letter that A sent to B in June 1941' (a year or a month told on each, not only a
day). Retellings whose dates fit (a year and a day of that year, a month and a day of it) stay one act.
Invented people; the report is dated Thursday 14 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run


def _acts(*paras: str) -> list[tuple[str, str, dt.date | None, dt.date | None]]:
    comms = run(report(*paras)).extraction.communications
    return sorted(
        ((c.kind, c.sender.name if c.sender else "", c.date.earliest, c.date.latest) for c in comms), key=str
    )


FIRST = "In a letter dated 4 May 1923, Marta Quillen asked Governor Owen Tredwell to open the harbour."


@pytest.mark.parametrize(
    "later",
    [
        "A later folder contains a letter that Quillen sent to Tredwell in June 1941, describing the harbour.",
        "A later folder holds a letter Quillen wrote to the Governor in June 1941 about the harbour.",
        "In June 1941 Quillen wrote to Tredwell again, describing the harbour.",
        "Quillen sent the Governor a letter in 1941 describing the harbour.",
    ],
)
def test_a_letter_of_another_year_is_another_letter(later: str) -> None:
    got = _acts(FIRST, later)
    assert [(k, s, a) for k, s, a, _b in got] == [
        ("letter", "Marta Quillen", dt.date(1923, 5, 4)),
        ("letter", "Marta Quillen", dt.date(1941, 6, 1) if "June" in later else dt.date(1941, 1, 1)),
    ]


def test_calls_in_other_months_are_two_calls() -> None:
    got = _acts(
        "President Tomas Velde spoke by phone with Prime Minister Ana Ruiz on 3 May 2022.",
        "Velde had spoken by phone with the prime minister in September 2021 about the dam.",
    )
    assert [(k, a) for k, _s, a, _b in got] == [("call", dt.date(2021, 9, 1)), ("call", dt.date(2022, 5, 3))]


@pytest.mark.parametrize(
    "again",
    [
        "In the letter, sent in March 2019, Ruiz asked for a review of the dam.",
        "The letter, dated 3 March 2019, asked for a review of the dam.",
        "Velde received the letter on 5 March and has not answered it.",
    ],
)
def test_dates_that_fit_keep_one_letter(again: str) -> None:
    got = _acts("Ana Ruiz wrote to President Tomas Velde on 3 March 2019 about the dam.", again)
    assert [(k, a) for k, _s, a, _b in got] == [("letter", dt.date(2019, 3, 3))]
