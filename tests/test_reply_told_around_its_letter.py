"""Replies told around the letter they answer: "In his reply, B thanked A for her letter of 3 May" (the
reply B sent A, answering the letter the sentence names), and acts told as an answer with no addressee
("B sent a message in return", "B's letter in reply, dated 9 May, promised aid": to the one who last
sent B something). Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    "text",
    [
        "In his reply, President Omar Sidibe thanked Prime Minister Ana Berg for her letter of 3 May.",
        "In his answer, President Omar Sidibe thanked Prime Minister Ana Berg for her message of condolence.",
        "In a reply on Friday, President Omar Sidibe thanked Prime Minister Ana Berg for her letter.",
    ],
)
def test_a_reply_that_thanks_for_a_letter_answers_it(text: str) -> None:
    replies = found_replies(text)
    assert ("Omar Sidibe", ("Ana Berg",), "Ana Berg") in replies, replies


def test_thanks_without_a_reply_noun_add_no_reply() -> None:
    acts = found_acts("President Omar Sidibe thanked Prime Minister Ana Berg for her letter of 3 May.")
    assert [a[1] for a in acts] == ["Ana Berg"], acts


@pytest.mark.parametrize(
    "later",
    [
        "Sidibe's letter in reply, dated 9 May, promised aid.",
        "Sidibe sent a message in return on Friday.",
        "On Friday Sidibe wrote a letter in response, promising aid.",
    ],
)
def test_an_act_told_as_an_answer_goes_to_the_one_who_wrote(later: str) -> None:
    replies = found_replies("Prime Minister Ana Berg wrote to President Omar Sidibe on 3 May. " + later)
    assert ("Omar Sidibe", ("Ana Berg",), "Ana Berg") in replies, replies
