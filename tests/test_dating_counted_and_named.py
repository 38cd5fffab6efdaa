"""'Two days later, on 16 August': a day named without a year right after a day counted from another is
that counted day, counted from the last day the text named with its year (invented reports dated Thursday
14 March 2024; 'Monday' in between is the release, not the account)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run

D = dt.date
OPENING = (
    "The exchange of messages between Ana Ruiz and Tomas Berg, dated 14 August 2023, was published on Monday."
)


def dated(*paragraphs: str) -> dict[str, D | None]:
    rep = run(report(*paragraphs))
    return {r.name: c.date.earliest for c in rep.extraction.communications for r in c.recipients}


@pytest.mark.parametrize(
    ("counted", "day"),
    [
        ("Two days later, on 16 August,", D(2023, 8, 16)),
        ("The next day, on 15 August,", D(2023, 8, 15)),
        ("A week later, on 21 August,", D(2023, 8, 21)),
    ],
)
def test_the_named_day_is_the_day_counted_from_the_last_dated_day(counted: str, day: D) -> None:
    got = dated(
        OPENING, f"{counted} Ruiz emailed the permanent secretary, Sir Paul Holm, asking for a delay."
    )
    assert got["Paul Holm"] == day


def test_a_named_day_the_count_does_not_reach_is_not_moved() -> None:
    got = dated(
        OPENING, "Three weeks later, on 16 August, Ruiz emailed the permanent secretary, Sir Paul Holm."
    )
    assert got["Paul Holm"] != D(2023, 8, 16)
