"""A dateline that writes its year after the agency's credit, on a line of its own ("Lima, Feb. 6 (ANDINA)
2024"): the report is of that day, and the weekdays of its text are read against it. Invented reports."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run


@pytest.mark.parametrize(
    "dateline",
    [
        "Freeport, Mar 13 (Norland Press) 2024",
        "Freeport, 13 Mar (NP) 2024",
        "Freeport, March 13 (Norland Press), 2024",
    ],
)
def test_the_year_after_the_credit_dates_the_report(dateline: str) -> None:
    rep = run(report("President Adam Krol wrote to Prime Minister Eva Lind on Monday.", dateline=dateline))
    assert rep.meta.published == dt.date(2024, 3, 13)
    (c,) = rep.extraction.communications
    assert (c.date.earliest, c.date.latest) == (dt.date(2024, 3, 11), dt.date(2024, 3, 11))


def test_a_number_that_goes_on_into_the_sentence_is_no_year() -> None:
    rep = run(report("Freeport, Mar 13 (NP) 2024 delegates met in the capital.", dateline=None))
    assert rep.meta.published != dt.date(2024, 3, 13)
