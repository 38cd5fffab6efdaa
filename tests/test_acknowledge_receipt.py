"""'I have the honour to acknowledge the receipt of your note of the 28th ultimo, in which you inform this
Department that ...': a letter that acknowledges the addressee's note answers it (the note is one of the
addressee to the writer), though a subordinate clause names others. Invented people and places."""

from __future__ import annotations

import pytest

from test_extract import run

LETTER = """Secretary Ivo Kant to the Norland Minister, 1866

This month we feature the letter Secretary of State Ivo Kant sent to the Marquis Paul Dufort, Minister of Norland at Washington.

Department of State,
Washington, March 12th, 1866.

Sir:

I have the honor to acknowledge the receipt of your {noun} of the 28th ultimo, in which you inform this Department that the Government of Norland contemplates a withdrawal.

I avail myself of this occasion to renew to you, Sir, the assurance of my distinguished consideration.

IVO KANT.

To the Marquis Dufort,
Minister of Norland.
"""


@pytest.mark.parametrize("noun", ["note", "letter", "despatch"])
def test_the_acknowledged_note_is_answered(noun: str) -> None:
    comms = run(LETTER.format(noun=noun)).extraction.communications
    got = sorted(
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), c.in_reply_to is not None)
        for c in comms
    )
    assert got == [("Ivo Kant", ("Paul Dufort",), True), ("Paul Dufort", ("Ivo Kant",), False)]


def test_not_received_is_not_answered() -> None:
    text = LETTER.format(noun="note").replace(
        "I have the honor to acknowledge the receipt of", "I regret that I have not received"
    )
    comms = run(text).extraction.communications
    assert [c.sender.name if c.sender else "" for c in comms] == ["Ivo Kant"]


@pytest.mark.parametrize(
    "opening",
    [
        "I have your {noun} of the 28th ultimo",
        "I have received your {noun} of the 28th ultimo",
        "We have your {noun} of the 28th ultimo",
    ],
)
def test_i_have_your_note_is_one_received(opening: str) -> None:
    text = LETTER.format(noun="note").replace(
        "I have the honor to acknowledge the receipt of your note of the 28th ultimo",
        opening.format(noun="letter"),
    )
    comms = run(text).extraction.communications
    got = sorted((c.sender.name if c.sender else "", c.in_reply_to is not None) for c in comms)
    assert got == [("Ivo Kant", True), ("Paul Dufort", False)]


@pytest.mark.parametrize(
    "opening", ["Do you have your letter of the 28th ultimo", "You have your letter of the 28th ultimo"]
)
def test_the_addressee_having_a_note_is_none_received(opening: str) -> None:
    text = LETTER.format(noun="note").replace(
        "I have the honor to acknowledge the receipt of your note of the 28th ultimo", opening
    )
    comms = run(text).extraction.communications
    assert [c.sender.name if c.sender else "" for c in comms] == ["Ivo Kant"]
