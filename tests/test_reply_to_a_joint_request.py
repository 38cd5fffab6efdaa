"""'In a joint letter sent on Monday, A and B asked Speaker C to convene a session. ... C replied in writing
the same day, rejecting the request': a bare reply answers the one letter told before even while that
letter's addressee is still to be read, and what the letter asked ('asked C to convene a session': the
verb the letter is the medium of) is no talk in person that would make the reply a spoken answer.
Invented people; the report is dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_replies

ASKED = "In a joint letter sent on Monday, opposition leaders Gabor Fekete and Anna Toth asked Speaker Ilona Szabo to convene an extraordinary session."


@pytest.mark.parametrize(
    "reply",
    [
        "Szabo replied in writing on Tuesday, rejecting the request.",
        "Szabo replied on Tuesday, rejecting the request.",
        "The Speaker's office said on Wednesday that Szabo had replied in writing on Tuesday, rejecting the request.",
    ],
)
def test_the_speaker_answers_the_joint_letter(reply: str) -> None:
    assert ("Ilona Szabo", ("Gabor Fekete",), "Gabor Fekete") in found_replies(ASKED, reply)


def test_a_reply_asked_at_a_press_conference_is_spoken() -> None:
    found = found_replies(
        ASKED, "Asked about it at a press conference on Tuesday, Szabo replied that she would not."
    )
    assert not any(sender == "Ilona Szabo" for sender, _, _ in found)
