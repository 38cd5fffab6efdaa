"""A date that opens the sentence, before a clause of time set off by commas, dates the main clause after
it ("On Monday night, soon after the board published its tally, B took calls from A"), however
the parser hangs it. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _dates(text: str) -> set[str]:
    return {
        str(c.date.earliest) + "/" + str(c.date.latest) for c in run(report(text)).extraction.communications
    }


@pytest.mark.parametrize(
    "text",
    [
        "On Monday night, soon after the Federal Vote Commission published its tally, Tomas Varga took phone "
        "calls from Prime Minister Lena Dahl.",
        "On Monday night, soon after the Supreme Electoral Board certified the count, Tomas Varga "
        "received a phone call from Prime Minister Lena Dahl.",
        "On Monday, soon after the Constitutional Court ruled on the appeal, Tomas Varga wrote to Prime "
        "Minister Lena Dahl.",
    ],
)
def test_preposed_date_dates_the_main_clause(text: str) -> None:
    assert _dates(text) == {"2024-03-11/2024-03-11"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the main clause has a date of its own
        (
            "On Monday, after the count was certified, the board met; Lena Dahl phoned Tomas Varga on "
            "Wednesday.",
            "2024-03-13/2024-03-13",
        ),
    ],
)
def test_a_main_clause_keeps_its_own_date(text: str, day: str) -> None:
    assert _dates(text) == {day}
