"""Dates of live-blog and agency items: a date set right after the act, before a trailing attribution the
parser takes it to ("A has written to B tonight, her office confirms"), and the present perfect with
'just' ("he has just spoken to B by phone"): both the report's day."""

from __future__ import annotations

import pytest

from test_extract import REPORT_DAY, only_comm, report, run


@pytest.mark.parametrize(
    "sentence",
    [
        "Treasurer Priya Raman has written to Premier Meredith Akers tonight, her office confirms.",
        "Treasurer Priya Raman wrote to Premier Meredith Akers this morning, a spokesman said.",
        "Treasurer Priya Raman phoned Premier Meredith Akers this afternoon, the ministry reported.",
    ],
)
def test_a_day_before_a_trailing_attribution_dates_the_act(sentence: str) -> None:
    c = only_comm(run(report(sentence)))
    assert (c.date.earliest, c.date.latest, c.date.precision) == (REPORT_DAY, REPORT_DAY, "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ostap Koval says on X that he has just spoken to Prime Minister Neil Carr by phone.",
        "Prime Minister Neil Carr has just written to President Ostap Koval about the air-defence package.",
    ],
)
def test_has_just_is_the_reports_day(sentence: str) -> None:
    c = only_comm(run(report(sentence)))
    assert (c.date.earliest, c.date.latest, c.date.precision) == (REPORT_DAY, REPORT_DAY, "day")


def test_has_without_just_stays_the_recent_past() -> None:
    c = only_comm(
        run(report("Prime Minister Neil Carr has written to President Ostap Koval about the package."))
    )
    assert c.date.precision == "range" and c.date.latest == REPORT_DAY
