"""'A day earlier, on Tuesday, A spoke with B': the weekday names the day; 'a day earlier' counts from the
act told before, not from the report's date, and gives way when the two disagree. Report dated Thursday
14 March 2024; every sentence here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace.extract import datex
from lettertrace.extract.dating import combine
from lettertrace.models import DateInterval, Span
from test_extract import report, run


@pytest.mark.parametrize(
    "told, day",
    [
        (
            "A day earlier, on Tuesday, Valdes spoke by phone with Prime Minister Karl Mett.",
            dt.date(2024, 3, 12),
        ),
        (
            "Two days earlier, on Monday, Valdes spoke by phone with Prime Minister Karl Mett.",
            dt.date(2024, 3, 11),
        ),
        (
            "The day before, on Tuesday, Valdes spoke by phone with Prime Minister Karl Mett.",
            dt.date(2024, 3, 12),
        ),
    ],
)
def test_the_weekday_dates_the_act(told: str, day: dt.date) -> None:
    rep = run(report("President Ana Valdes took a call from Prime Minister Tomas Berger on Wednesday.", told))
    mett = [
        c
        for c in rep.extraction.communications
        if "Karl Mett" in {c.sender.name, *(r.name for r in c.recipients)}
    ]  # type: ignore[union-attr]
    assert len(mett) == 1 and (mett[0].date.earliest, mett[0].date.latest) == (day, day), mett


def _said(text: str, day: dt.date, start: int) -> datex.DateMention:
    return datex.DateMention(Span(start, start + len(text)), text, DateInterval(day, day, "day"), True)


@pytest.mark.parametrize("offset", ["a day earlier", "the day before", "two days later"])
def test_a_weekday_outweighs_a_count_from_another_act(offset: str) -> None:
    """Resolved against the report's date, the count and the weekday disagree: the weekday stands."""
    counted = _said(offset, dt.date(2024, 3, 13), 0)
    weekday = _said("on Tuesday", dt.date(2024, 3, 12), 20)
    got = combine([counted, weekday])
    assert (got.earliest, got.latest) == (dt.date(2024, 3, 12), dt.date(2024, 3, 12))
