"""'In the message to B, A paid tribute to the treaty signed on 13 March': a date in a participle or
relative clause of another noun dates that noun's event, not the message. Every text is invented; the
report is dated Thursday 14 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run

TUESDAY = dt.date(2024, 3, 12)
REPORT_DAY = dt.date(2024, 3, 14)
ONE = "On Tuesday, President Aldo Verran of Freedonia sent a letter to President Kesi Orlamo of Sylvania."
TWO = (
    "Today, 14 March, President Aldo Verran of Freedonia sent congratulatory messages to President Kesi Orlamo of "
    "Sylvania and President Dina Paolu of Ruritania."
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            TWO,
            "In the message addressed to the Sylvanian leader, Verran paid special tribute to the historic treaty on "
            "the border signed in Lunet on 13 March.",
        ),
        (TWO, "In the message to Orlamo, Verran welcomed the accord initialled in Lunet on 13 March."),
        (ONE, "In his letter to Orlamo, Verran welcomed the accord initialled in Lunet on 13 March."),
        (ONE, "In the letter, Verran hailed the summit that was held in Lunet on 13 March."),
    ],
)
def test_each_act_dated_as_sent(first: str, second: str) -> None:
    comms = run(report(first, second)).extraction.communications
    to_orlamo = [c for c in comms if [r.name for r in c.recipients] == ["Kesi Orlamo"]]
    day = TUESDAY if first == ONE else REPORT_DAY
    assert [(c.date.earliest, c.date.latest) for c in to_orlamo] == [(day, day)]
