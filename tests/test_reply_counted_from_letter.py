"""'A cabled B on 12 July, citing the treaty signed on 29 June. B replied the same evening': a reply dated
by counting from the day named last, which would put it before the letter it answers, counts from that
letter's day. Invented people; real states."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run


def reply_day(*paragraphs: str) -> tuple[dt.date | None, dt.date | None]:
    comms = run(report(*paragraphs)).extraction.communications
    replies = [c for c in comms if c.in_reply_to is not None]
    assert len(replies) == 1, comms
    return replies[0].date.earliest, replies[0].date.latest


@pytest.mark.parametrize(
    ("later", "day"),
    [
        ("Kant replied to Ruiz the same evening.", dt.date(1960, 7, 12)),
        ("Kant replied to Ruiz the same day.", dt.date(1960, 7, 12)),
        ("Kant replied to Ruiz two days later.", dt.date(1960, 7, 14)),
    ],
)
def test_a_reply_never_counts_back_past_its_letter(later: str, day: dt.date) -> None:
    assert reply_day(
        "On 12 July 1960 President Ana Ruiz sent a cable to Secretary-General Ivo Kant. It accused Norland of"
        " breaching the treaty signed on 29 June.",
        later,
    ) == (day, day)


def test_a_count_after_the_letter_is_kept() -> None:
    # the day named last is after the letter: the count stands
    assert reply_day(
        "On 12 July 1960 President Ana Ruiz sent a cable to Secretary-General Ivo Kant.",
        "The Security Council met on 14 July. Kant replied to Ruiz the same day.",
    ) == (dt.date(1960, 7, 14), dt.date(1960, 7, 14))
