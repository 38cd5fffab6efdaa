"""A readout's 'A today spoke with B' is a call even when the report looks ahead to a meeting ("look
forward to seeing each other at the summit later this year", "will meet next month"); a meeting held
("met on the sidelines of the summit") still makes it talk in person. Invented names; report dated
Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

SPOKE = "Prime Minister Tomas Varga today spoke with the President of Vestria, Maria Holm."


@pytest.mark.parametrize(
    "ahead",
    [
        "The leaders look forward to seeing each other at the regional summit later this year.",
        "The two leaders will meet at the summit next month.",
        "They agreed to hold a bilateral meeting in the autumn.",
    ],
)
def test_a_meeting_to_come_leaves_the_call(ahead: str) -> None:
    assert observed(run(report(SPOKE, ahead))) == [("call", "Tomas Varga", ("Maria Holm",), "")]


def test_a_meeting_held_makes_it_no_call() -> None:
    found = observed(
        run(report(SPOKE, "The two leaders met on the sidelines of the regional summit in Kellby."))
    )
    assert found == []
