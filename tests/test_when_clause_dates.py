"""'in 1989, when A wrote to B': the date a clause of 'when' describes is the time of that clause's act.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import only_comm, report, run


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        (
            "The rule was last used in 1989, when Governor Ivo Tarn wrote to King Egil about the war.",
            1989,
        ),
        (
            "The clause was used twice before, the last time in 1989, when then chairman Ola Kvist wrote to "
            "King Egil about the war.",
            1989,
        ),
        ("It happened in March 2019, when Jon Sand sent a letter to King Knut.", 2019),
        ("The bridge had just opened in 2011, when Mia Lund telephoned King Rolf.", 2011),
    ],
)
def test_the_year_of_a_when_clause_dates_its_act(sentence: str, year: int) -> None:
    c = only_comm(run(report(sentence)))
    assert c.date.earliest is not None and c.date.earliest.year == year, c.date
    assert c.date.latest is not None and c.date.latest.year == year, c.date


def test_a_when_clause_of_another_event_dates_nothing_of_the_act() -> None:
    c = only_comm(
        run(
            report(
                "The treaty was signed in 1990, when the war ended; Mia Berg wrote to King Harald in 1992."
            )
        )
    )
    assert c.date.earliest is not None and c.date.earliest.year == 1992, c.date
