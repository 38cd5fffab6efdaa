"""'A has written to B. It went to the capital by courier on Friday': a definite letter told as sent to
a place right after a letter to a person is that letter; the place is where it went, and the day dates it.
Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import only_comm, report, run


@pytest.mark.parametrize(
    ("paragraph", "day"),
    [
        (
            "Prime Minister Ana Berg has written to her Australian counterpart Olaf Brandt about the fishing "
            "treaty. The letter was forwarded to Canberra on Wednesday, an aide said.",
            dt.date(2024, 3, 13),
        ),
        (
            "President Ana Berg has written to her Kenyan counterpart Olaf Brandt about the border. The letter "
            "was dispatched to Nairobi on Tuesday, her office confirmed.",
            dt.date(2024, 3, 12),
        ),
        (
            "Premier Ana Berg has written to her Canadian counterpart Olaf Brandt about the salmon quota. The "
            "letter was sent to Ottawa on Tuesday.",
            dt.date(2024, 3, 12),
        ),
    ],
)
def test_the_letter_sent_to_a_place(paragraph: str, day: dt.date) -> None:
    c = only_comm(run(report(paragraph)))
    assert (c.sender and c.sender.name, [r.name for r in c.recipients]) == ("Ana Berg", ["Olaf Brandt"])
    assert (c.date.earliest, c.date.latest) == (day, day), c.date
