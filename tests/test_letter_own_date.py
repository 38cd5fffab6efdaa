"""A letter is of the date it bears: "received on Monday a letter ... The letter, dated 19 August, ..."
dates the letter 19 August, not the day it arrived. Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import only_comm, report, run


@pytest.mark.parametrize(
    ("paragraphs", "day"),
    [
        (
            (
                "President Ana Berg received on Monday a handwritten letter from Pope Anselm.",
                "The letter, dated 19 August, thanks her for her efforts.",
            ),
            dt.date(2023, 8, 19),
        ),
        (
            (
                "Prime Minister Ivo Tarn received a letter from King Egil on Friday.",
                "The letter, dated 3 March, invites him to visit.",
            ),
            dt.date(2024, 3, 3),
        ),
        (
            (
                "A letter from King Rolf reached Mia Lund on Tuesday.",
                "Her office said the letter, dated 1 March, asks for a meeting.",
            ),
            dt.date(2024, 3, 1),
        ),
    ],
)
def test_the_date_a_letter_bears_beats_the_day_it_arrived(paragraphs: tuple[str, ...], day: dt.date) -> None:
    c = only_comm(run(report(*paragraphs)))
    assert (c.date.earliest, c.date.latest) == (day, day), c.date


def test_a_letter_without_a_date_of_its_own_keeps_the_day_it_arrived() -> None:
    c = only_comm(run(report("Prime Minister Ivo Tarn received a letter from King Egil on Friday.")))
    assert c.date.earliest == dt.date(2024, 3, 8), c.date
