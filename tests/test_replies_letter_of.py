"""The letter a reply answers, written 'the letter of B' (invented sentences; the report is dated Thursday
14 March 2024): 'A replied to the recent letter of B' tells of B's letter to A; 'the letter of 3 May' or
'of the senators' names no single writer so."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Ruiz on Saturday replied to the recent letter of Tomas Berg.",
        "President Ana Ruiz on Saturday sent a reply to the recent letter of Tomas Berg.",
        "President Ana Ruiz on Saturday issued a written reply to the recent letter of Tomas Berg, head of the "
        "political bureau of the Movement.",
    ],
)
def test_the_letter_of_a_person_is_his_letter_answered(sentence: str) -> None:
    assert found_replies(sentence) == [
        ("Ana Ruiz", ("Tomas Berg",), "Tomas Berg"),
        ("Tomas Berg", ("Ana Ruiz",), ""),
    ]


def test_the_letter_of_a_day_names_no_writer() -> None:
    got = found_replies(
        "Tomas Berg wrote to Ana Ruiz on 3 March.", "On Saturday, Ruiz replied to the letter of 3 March."
    )
    assert got == [("Ana Ruiz", ("Tomas Berg",), "Tomas Berg"), ("Tomas Berg", ("Ana Ruiz",), "")]


def test_a_reply_conveyed_during_a_call_is_that_call() -> None:
    got = found_replies(
        "President Ana Ruiz spoke by phone with King Tomas Berg on Monday.",
        "During the call, Ruiz conveyed her reply to the written message of King Berg which was delivered to her "
        "earlier this month.",
    )
    assert got == [("Ana Ruiz", ("Tomas Berg",), "Tomas Berg"), ("Tomas Berg", ("Ana Ruiz",), "")]


def test_a_reply_sent_after_a_call_is_a_message_of_its_own() -> None:
    got = found_replies(
        "President Ana Ruiz spoke by phone with King Tomas Berg on Monday.",
        "On Tuesday, Ruiz sent her reply to the written message of King Berg.",
    )
    assert got == [
        ("Ana Ruiz", ("Tomas Berg",), ""),
        ("Ana Ruiz", ("Tomas Berg",), "Tomas Berg"),
        ("Tomas Berg", ("Ana Ruiz",), ""),
    ]
