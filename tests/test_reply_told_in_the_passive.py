"""'A wrote to B in 1881. B's reply is dated 14 February 1882': a reply owned by its writer and told in
the passive ('is dated', 'was delivered', 'is held in the archive') is B's answer to A; one awaited,
expected, never sent or not found is none. Invented people."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, report, run

FIRST = "King Kalani wrote to Emperor Mutsu in 1881 proposing an alliance."


@pytest.mark.parametrize(
    "reply",
    [
        "Mutsu's reply was dated 14 February 1882.",
        "The emperor's reply is dated Feb. 14, 1882.",
        "Mutsu's reply is held in the national archive.",
        "Mutsu's reply was delivered by a special envoy in 1882.",
    ],
)
def test_a_reply_told_in_the_passive_is_the_answer(reply: str) -> None:
    assert found_acts(FIRST, reply) == [("letter", "Kalani", ("Mutsu",)), ("letter", "Mutsu", ("Kalani",))]


@pytest.mark.parametrize(
    "reply",
    [
        "Mutsu's reply is still awaited.",
        "Mutsu's reply was never sent.",
        "Mutsu's reply has not been found.",
        "Mutsu's reply is expected next week.",
    ],
)
def test_a_reply_not_given_is_none(reply: str) -> None:
    assert found_acts(FIRST, reply) == [("letter", "Kalani", ("Mutsu",))]


def test_the_passive_reply_keeps_its_date() -> None:
    comms = run(report(FIRST, "Mutsu's reply was dated 14 February 1882.")).extraction.communications
    dates = sorted((c.sender.name if c.sender else "", c.date.earliest) for c in comms)
    assert ("Mutsu", dt.date(1882, 2, 14)) in dates
