"""'in December of the same year', 'in May that year': a yearless month or day tied to 'the same year'
is in the year the account named before, however many paragraphs back, never the report's. And 'the
President' is never a role whose head is another office ('the President's private secretary').
Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

FIRST = "Governor Ana Holm wrote a long letter to the President of the Republic, General Carlos Ibarra, in May 1929."


@pytest.mark.parametrize(
    ("middle", "then", "expected"),
    [
        (
            "A brief note signed by the President's private secretary acknowledged receipt of the letter.",
            "Holm wrote to the President again in December of the same year.",
            "1929-12-01/1929-12-31",
        ),
        (
            "The archive keeps the letter in its fonds.",
            "Holm wrote to Carlos Ibarra again in December that year.",
            "1929-12-01/1929-12-31",
        ),
        (
            "The archive keeps the letter in its fonds. It was catalogued only last week.",
            "Holm wrote to Carlos Ibarra again on 3 November of that same year.",
            "1929-11-03/1929-11-03",
        ),
    ],
)
def test_a_month_of_the_same_year_is_in_the_year_named_before(middle: str, then: str, expected: str) -> None:
    rep = run(report(FIRST, middle, then))
    later = [
        c
        for c in rep.extraction.communications
        if "again" in rep.clean.text[c.mentions[0].start : c.mentions[0].end]
    ]
    assert [f"{c.date.earliest}/{c.date.latest}" for c in later] == [expected]


def test_the_president_is_not_the_presidents_secretary() -> None:
    rep = run(
        report(
            FIRST,
            "A brief note signed by the President's private secretary acknowledged receipt of the letter.",
            "Holm wrote to the President again in December of the same year.",
        )
    )
    assert all("secretary" not in r for _, _, recipients, _ in observed(rep) for r in recipients)
