"""A reply dated with its place before its day ("B's reply, dated Redmere, 15 October 1870") is of that day,
whatever the recogniser made of the place. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run


@pytest.mark.parametrize("place", ["Redmere", "Freeport"])
def test_a_reply_dated_at_a_place(place: str) -> None:
    rep = run(
        report(
            "Adam Krol wrote to Ole Lund on 12 October 1870.",
            f"Lund's reply, dated {place}, 15 October 1870, declines the offer.",
        )
    )
    days = {
        c.sender.name: (c.date.earliest, c.date.latest) for c in rep.extraction.communications if c.sender
    }
    assert days["Ole Lund"] == (dt.date(1870, 10, 15), dt.date(1870, 10, 15))
