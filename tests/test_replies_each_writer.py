"""Replies to letters named by their writers (invented sentences; the report is dated Thursday 14 March
2024): 'B replied to the letter which he had received from A' tells of A's letter; 'B replied to the
letters of A and C' is one reply to each, each answering that writer's letter."""

from __future__ import annotations

import pytest

from test_extract import found_replies

B = "President Hossein Karimi on Tuesday"


@pytest.mark.parametrize(
    "sentence",
    [
        f"{B} replied to the letters of congratulation which he had received last month from the head of the "
        "bureau, Ismail Haddad, and from the Secretary-General of the Movement, Ziyad Nasser.",
        f"{B} replied to the letters of Ismail Haddad and Ziyad Nasser.",
        f"{B} answered the letters he had received from Ismail Haddad and Ziyad Nasser.",
    ],
)
def test_each_writer_of_the_letters_answered_gets_a_reply(sentence: str) -> None:
    assert found_replies(sentence) == [
        ("Hossein Karimi", ("Ismail Haddad",), "Ismail Haddad"),
        ("Hossein Karimi", ("Ziyad Nasser",), "Ziyad Nasser"),
        ("Ismail Haddad", ("Hossein Karimi",), ""),
        ("Ziyad Nasser", ("Hossein Karimi",), ""),
    ]


def test_the_letter_received_from_a_writer_is_his() -> None:
    got = found_replies(f"{B} replied to the letter which he had received last month from Ismail Haddad.")
    assert got == [
        ("Hossein Karimi", ("Ismail Haddad",), "Ismail Haddad"),
        ("Ismail Haddad", ("Hossein Karimi",), ""),
    ]


def test_letters_named_by_their_days_answer_the_letters_told_before() -> None:
    got = found_replies(
        "Ismail Haddad wrote to Hossein Karimi on 3 March.",
        f"{B} replied to the letters of 3 and 5 March.",
    )
    assert ("Hossein Karimi", ("Ismail Haddad",), "Ismail Haddad") in got
