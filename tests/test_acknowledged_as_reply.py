"""'B acknowledged the message on Tuesday', 'B acknowledged receipt of A's letter', 'the letter was
acknowledged by B', 'King B's office acknowledged ...': acknowledging a communication one was sent is a
written answer to its sender. Not when the acknowledging is denied, said aloud ('to reporters', 'at a press
conference', 'in a statement'), done in a communication of its own ('in a brief email': that is the reply)
or takes something else as its object ('acknowledged the letter's concerns'). Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_replies

FIRST = "President Ana Lopes of Norland sent a message to King Harald of Ostmark on Friday."


@pytest.mark.parametrize(
    "second",
    [
        "King Harald acknowledged the message on Monday.",  # active, the object itself
        "The king acknowledged receipt of the message on Monday.",  # a role, through 'receipt of'
        "Receipt of the message was acknowledged by the king on Monday.",  # passive
        "The message was acknowledged by Harald on Monday.",  # passive, the object itself
        "King Harald's office acknowledged receipt of the message on Monday.",  # the addressee's own office
    ],
)
def test_an_acknowledged_message_is_answered(second: str) -> None:
    assert found_replies(FIRST, second) == [
        ("Ana Lopes", ("Harald",), ""),
        ("Harald", ("Ana Lopes",), "Ana Lopes"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "King Harald has not acknowledged the message.",  # denied
        "Asked at a press conference, the king acknowledged the message's concerns.",  # another object
        "King Harald acknowledged the message to reporters on Monday.",  # said aloud
        "In a statement, King Harald publicly acknowledged the message on Monday.",
        "King Harald acknowledged that the message had arrived.",  # a clause, no object
        "King Harald's press office acknowledged receipt of the message to reporters on Monday.",
        "King Harald acknowledged the message, but did not reply.",  # the reply told apart
        "King Harald acknowledged the message and said he would reply next week.",
        "King Harald acknowledged the message in a press release on Monday.",  # in public
        "King Harald acknowledged the message on state television.",
        "King Harald acknowledged the message when he addressed the nation.",
        "King Harald acknowledged receipt of the message in a tweet.",
    ],
)
def test_no_answer_is_told(second: str) -> None:
    assert found_replies(FIRST, second) == [("Ana Lopes", ("Harald",), "")]


def test_an_acknowledgement_in_an_email_is_that_email() -> None:
    got = found_replies(FIRST, "King Harald acknowledged the message in a brief email on Monday.")
    assert got == [("Ana Lopes", ("Harald",), ""), ("Harald", ("Ana Lopes",), "Ana Lopes")]


def test_a_participle_belongs_to_its_sending() -> None:
    got = found_replies(
        FIRST,
        "King Harald sent a message of thanks to Lopes on Sunday, acknowledging receipt of her message.",
    )
    assert got == [("Ana Lopes", ("Harald",), ""), ("Harald", ("Ana Lopes",), "Ana Lopes")]
