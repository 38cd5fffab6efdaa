"""A bare reply after the letter it answers: 'B replied on the 9th' (a day of the month told alone: the
next such day on or after the answered letter's), 'B replied the same day' after an e-mail that asked for a
meeting (the letter's own words, no meeting where B answered; an e-mail is answered by a message), and a
quote inside what the reply said ('dismissing the fears as "..."'). A quote the verb frames ('"Never," B
replied') stays a turn of talk. Invented sentences; helpers of ``test_dating_placed``."""

from __future__ import annotations

import datetime as dt

import pytest

from test_dating_placed import dated

D = dt.date
WROTE = "The Duke of Ravensmoor wrote to Lord Ashcombe on 3 March 1848 warning of unrest."


@pytest.mark.parametrize(
    "reply, day",
    [
        ("Ashcombe replied on the 9th, dismissing the fears.", D(1848, 3, 9)),
        (
            'Ashcombe replied on the 9th, dismissing the fears as "the fancies of a frightened man".',
            D(1848, 3, 9),
        ),
        ("Ashcombe replied on the 2nd, dismissing the fears.", D(1848, 4, 2)),
    ],
)
def test_a_day_of_the_month_after_the_answered_letter(reply: str, day: D) -> None:
    assert dated(WROTE, reply) == [
        ("letter", "Ashcombe", day, day),
        ("letter", "Duke of Ravensmoor", D(1848, 3, 3), D(1848, 3, 3)),
    ]


def test_an_e_mail_asking_for_a_meeting_is_answered_by_a_message() -> None:
    found = dated(
        "Deputy Minister Jonas Reiter e-mailed Mila Horvath on 3 January asking for a meeting.",
        "Horvath replied the same day that it could.",
    )
    assert [(k, s) for k, s, _, _ in found] == [("message", "Jonas Reiter"), ("message", "Mila Horvath")]


@pytest.mark.parametrize(
    "reply",
    ['"Never," Venn replied on Tuesday.', 'Venn replied on Tuesday: "Never."', 'Venn replied, "Never."'],
)
def test_a_reply_framing_a_quote_is_a_turn_of_talk(reply: str) -> None:
    found = dated("Minister Ana Ruiz wrote to Governor Paul Venn on Monday.", reply)
    assert [(k, s) for k, s, _, _ in found] == [("letter", "Ana Ruiz")]
