"""The communication a reply answers, named on the reply (invented sentences; the report is dated Thursday
14 March 2024): 'A wrote to B in response to his letter of 15 February' tells of B's letter to A, which
A's answers; so do 'B's reply to A responds to a letter she sent him' and 'A's letter to B is a response
to the Berg letter of May 19'."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Ruiz on Tuesday sent a letter to former president Tomas Berg in response to his letter of "
        "15 February.",
        "On Tuesday, President Ana Ruiz wrote to Tomas Berg in response to his letter of 15 February, in which he "
        "had urged her to act.",
        "Foreign Minister Ana Ruiz wrote to her Sylvanian counterpart Tomas Berg on Tuesday in reply to his "
        "message of congratulations.",
        "Minister Ana Ruiz's reply to Senator Tomas Berg, released on Thursday, responds point by point to a "
        "message he sent her earlier this month.",
        "Ana Ruiz's letter to Tomas Berg, dated June 2, is a response to the so-called Berg letter of May 19.",
    ],
)
def test_the_communication_named_on_a_reply_is_the_one_it_answers(sentence: str) -> None:
    assert found_replies(sentence) == [
        ("Ana Ruiz", ("Tomas Berg",), "Tomas Berg"),
        ("Tomas Berg", ("Ana Ruiz",), ""),
    ]


def test_the_reply_to_a_letter_told_before_answers_that_letter() -> None:
    got = found_replies(
        "Tomas Berg wrote to Ana Ruiz on 15 February.",
        "On Tuesday, Ruiz sent a letter to Berg in response to his letter.",
    )
    assert got == [("Ana Ruiz", ("Tomas Berg",), "Tomas Berg"), ("Tomas Berg", ("Ana Ruiz",), "")]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Ruiz sent a message to Chancellor Tomas Berg on Tuesday in response to his remarks at the "
        "summit.",
        "President Ana Ruiz wrote to Chancellor Tomas Berg on Tuesday in response to his proposal.",
        "President Ana Ruiz wrote to Chancellor Tomas Berg on Tuesday in response to a letter from the opposition.",
    ],
)
def test_a_reply_to_no_letter_of_the_addressee_answers_nothing_of_his(sentence: str) -> None:
    assert found_replies(sentence) == [("Ana Ruiz", ("Tomas Berg",), "")]
