"""'The letter was released together with B's reply': B's reply is a text of its own, answering the letter
(not the released letter itself). Look-alike: a release still to come ('will be published together with
B's reply') tells of no reply yet. Invented names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_replies

LETTER = "President Ana Berg has written a farewell letter to Prime Minister Tomas Lind."


@pytest.mark.parametrize(
    "told",
    [
        "The letter was released by Lind's office on Tuesday together with the prime minister's reply of the same day.",
        "The letter was published on Monday together with Lind's reply.",
        "Lind's office released the letter on Tuesday together with the prime minister's reply.",
    ],
)
def test_a_reply_released_with_the_letter_answers_it(told: str) -> None:
    assert found_replies(LETTER, told) == [
        ("Ana Berg", ("Tomas Lind",), ""),
        ("Tomas Lind", ("Ana Berg",), "Ana Berg"),
    ]


def test_a_release_to_come_tells_of_no_reply() -> None:
    told = "The letter will be published next week together with Lind's reply."
    assert found_replies(LETTER, told) == [("Ana Berg", ("Tomas Lind",), "")]
