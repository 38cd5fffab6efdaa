""" "The letter was her reply to one from A", "Her letter responds to one dated 10 May": "one" stands for the
letter its sentence names, and the letter it stands for is what the reply answers. Every sentence here is
invented."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Premier Ana Berg wrote to Chancellor Olaf Brandt on Monday.",
            "The letter was her reply to one from Brandt dated 2 February, in which he asked for grain.",
        ),
        (
            "Premier Ana Berg wrote to Chancellor Olaf Brandt on Monday.",
            "Her letter replied to one from Brandt that an envoy handed her in January.",
        ),
        (
            "Premier Ana Berg sent a letter to Chancellor Olaf Brandt on Monday.",
            "Her letter was an answer to one sent by Brandt in January.",
        ),
    ],
)
def test_one_from_the_other_is_the_letter_answered(paragraphs: tuple[str, ...]) -> None:
    replies = found_replies(*paragraphs)
    assert ("Ana Berg", ("Olaf Brandt",), "Olaf Brandt") in replies, replies
    assert any(r[0] == "Olaf Brandt" and r[1] == ("Ana Berg",) for r in replies), replies


def test_one_of_the_questions_is_no_letter() -> None:
    replies = found_replies(
        "Premier Ana Berg met reporters on Monday and replied to one of the questions from Olaf Brandt."
    )
    assert not any(r[0] == "Olaf Brandt" for r in replies), replies
