"""Replies told with their addressee: "In his reply to B, A wrote that ..." is A's written reply to B even
when the report tells nothing B sent (not when A only "said" it: a spoken answer); "A replied to the
message of congratulations of B" answers B's message; and an office that sent the message answered ("the
head of X's political bureau") is the person the reply is then said to go to."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    "sentence",
    [
        "In his reply to Munir Saadi, President Majid Kiyan wrote that the new government would help.",
        "In her reply to Munir Saadi, Prime Minister Ana Berg wrote that the border would stay open.",
    ],
)
def test_written_reply_to_a_named_addressee(sentence: str) -> None:
    acts = found_acts(sentence)
    assert len(acts) == 1 and acts[0][2] == ("Munir Saadi",) and acts[0][1] in ("Majid Kiyan", "Ana Berg"), (
        acts
    )


def test_spoken_reply_is_no_letter() -> None:
    acts = found_acts(
        "In his reply to Senator Munir Saadi, President Majid Kiyan said that the government would help."
    )
    assert acts == [], acts


@pytest.mark.parametrize(
    "sentence",
    [
        "President Majid Kiyan on Sunday replied to the message of congratulations of Munir Saadi, stressing "
        "that support is a principle.",
        "President Majid Kiyan on Sunday replied to the message of condolences of Prime Minister Munir Saadi.",
        "President Majid Kiyan on Sunday replied to the congratulatory message of Munir Saadi.",
    ],
)
def test_reply_to_a_greeting_message_of_a_person(sentence: str) -> None:
    replies = found_replies(sentence)
    assert ("Majid Kiyan", ("Munir Saadi",), "Munir Saadi") in replies, replies


def test_office_of_the_answered_message_is_the_one_replied_to() -> None:
    replies = found_replies(
        "President Majid Kiyan on Sunday replied to the message of congratulations of the head of the Norland "
        "Front's political bureau, stressing that support is a principle.",
        "In his reply to Munir Saadi, Kiyan wrote that the new government would help.",
    )
    assert ("Majid Kiyan", ("Munir Saadi",), "Munir Saadi") in replies, replies
