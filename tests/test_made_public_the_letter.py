"""'The Government of Norland made public the letter that A sent to B': whoever makes a letter public is
not its writer; the relative clause's subject is. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    "sentence",
    [
        "The Government of Norland today made public the letter that the President of the Council, Marc Sola, sent"
        " on Friday to Prime Minister Ivo Kant.",
        "The ministry made public a letter that President Marc Sola sent to Prime Minister Ivo Kant on Friday.",
        "The ministry made the letter that President Marc Sola sent to Prime Minister Ivo Kant available on Friday.",
    ],
)
def test_the_writer_not_the_publisher(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Marc Sola", ("Ivo Kant",))]


def test_the_letter_it_answers_goes_to_the_writer() -> None:
    got = found_replies(
        "The Government of Norland today made public the letter that the President of the Council, Marc Sola, sent"
        " on Friday to Prime Minister Ivo Kant, in reply to the letter the Prime Minister had addressed to him on"
        " 2 September."
    )
    assert ("Ivo Kant", ("Marc Sola",), "") in got
    assert ("Marc Sola", ("Ivo Kant",), "Ivo Kant") in got


def test_making_a_call_still_is_one() -> None:
    assert found_acts("President Marc Sola made a call to Prime Minister Ivo Kant on Friday.") == [
        ("call", "Marc Sola", ("Ivo Kant",))
    ]
