"""'B answered the following day', 'B replied the next morning': a day counted from the one told before
dates a bare reply as well as 'two days later' does. Invented people; real states."""

from __future__ import annotations

import pytest

from test_extract import found_replies, report, run


@pytest.mark.parametrize(
    "later",
    [
        "Ruiz answered the following day.",
        "Ruiz replied the following day.",
        "Ruiz replied the next morning.",
        "Ruiz answered the following day. \u201cNorland will never forget,\u201d she wrote.",
    ],
)
def test_a_reply_dated_by_a_counted_day(later: str) -> None:
    first = "Prime Minister Olav Brenne cabled President Ana Ruiz on 1 January 1956."
    assert found_replies(first, later) == [
        ("Ana Ruiz", ("Olav Brenne",), "Olav Brenne"),
        ("Olav Brenne", ("Ana Ruiz",), ""),
    ]
    comms = run(report(first, later)).extraction.communications
    reply = next(c for c in comms if c.in_reply_to is not None)
    assert str(reply.date.earliest) == "1956-01-02"


@pytest.mark.parametrize(
    "later",
    ["Ruiz answered the following question.", "Ruiz answered questions the following day."],
)
def test_no_reply_without_a_day_or_with_another_object(later: str) -> None:
    first = "Prime Minister Olav Brenne cabled President Ana Ruiz on 1 January 1956."
    assert found_replies(first, later) == [("Olav Brenne", ("Ana Ruiz",), "")]
