"""'A wrote to B, recalling the relations established in 1970': what a verb of recalling takes is an
earlier event, and its date is not the letter's. Invented people."""

from __future__ import annotations

import pytest

from test_extract import only_comm, report, run


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Lina Osorio sent a message to President Ivo Kant, recalling the establishment of"
        " diplomatic relations in 1970.",
        "Chilean President Lina Osorio wrote to President Ivo Kant, remembering their first meeting in 1998.",
    ],
)
def test_the_recalled_events_date_is_not_the_letters(sentence: str) -> None:
    c = only_comm(run(report(sentence)))
    assert c.date.earliest is None or c.date.earliest.year == 2024


def test_the_acts_own_date_stands_beside_a_recalled_one() -> None:
    c = only_comm(
        run(
            report(
                "Chilean President Lina Osorio sent a message to President Ivo Kant on Friday, recalling the"
                " establishment of diplomatic relations in 1970."
            )
        )
    )
    assert str(c.date.earliest) == str(c.date.latest) == "2024-03-08"


def test_a_date_in_another_participle_still_dates_the_letter() -> None:
    c = only_comm(
        run(
            report(
                "Chilean President Lina Osorio wrote to President Ivo Kant, urging him to act, on 3 March."
            )
        )
    )
    assert str(c.date.earliest) == "2024-03-03"
