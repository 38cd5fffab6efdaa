"""An act told with 'then' and no date words of its own ("A held a call with B on Tuesday. A then spoke
with C") took place on the day of the act told just before it, not in the recent-past window; an act
without 'then' keeps that window, and an act with its own date keeps its own. Invented names; report
dated Thursday 14 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run

FIRST = "Foreign Minister Maria Holm on Tuesday held a phone conversation with Foreign Minister Janis Ozols of Latvia."


def _dates(*paragraphs: str) -> dict[str, tuple[dt.date | None, dt.date | None, str]]:
    comms = run(report(*paragraphs)).extraction.communications
    return {c.recipients[0].name: (c.date.earliest, c.date.latest, c.date.precision) for c in comms}


TUESDAY = (dt.date(2024, 3, 12), dt.date(2024, 3, 12), "day")


@pytest.mark.parametrize(
    "then",
    [
        "Holm then spoke by phone with Foreign Minister Tomas Varga of Hungary.",
        "She then phoned Foreign Minister Tomas Varga of Hungary.",
        "The minister then held a phone call with Foreign Minister Tomas Varga of Hungary.",
    ],
)
def test_then_takes_the_day_of_the_act_before(then: str) -> None:
    dates = _dates(FIRST, then)
    assert dates["Janis Ozols"] == TUESDAY
    assert dates["Tomas Varga"] == TUESDAY


def test_without_then_the_act_keeps_the_recent_past() -> None:
    # ('also' right after a dated act takes its day too, as a round-up's acts of one occasion do:
    # tests/test_dating_also.py)
    dates = _dates(FIRST, "Holm has spoken by phone with Foreign Minister Tomas Varga of Hungary as well.")
    assert dates["Tomas Varga"][2] == "range"


def test_then_with_a_date_of_its_own_keeps_it() -> None:
    dates = _dates(
        FIRST, "Holm then spoke by phone on Wednesday with Foreign Minister Tomas Varga of Hungary."
    )
    assert dates["Tomas Varga"] == (dt.date(2024, 3, 13), dt.date(2024, 3, 13), "day")
