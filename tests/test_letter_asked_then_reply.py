"""What a letter asked through its own verb ("A's letter of 3 May asked B for aid") is no questioning in
person, so "B replied on 9 May" after it is B's written reply to that letter, as after "A wrote to B
asking for aid"; a question put to B in person still frames a spoken answer. Every sentence is invented."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    "first",
    [
        "Prime Minister Ana Berg's letter of 3 May asked President Omar Sidibe for aid.",
        "A letter from Prime Minister Ana Berg asked President Omar Sidibe on 3 May to send aid.",
        "Prime Minister Ana Berg's message asked President Omar Sidibe on 3 May whether aid would come.",
    ],
)
def test_a_reply_after_what_a_letter_asked_is_written(first: str) -> None:
    replies = found_replies(first + " Sidibe replied on 9 May.")
    assert ("Omar Sidibe", ("Ana Berg",), "Ana Berg") in replies, replies


def test_a_question_in_person_frames_a_spoken_answer() -> None:
    replies = found_replies(
        "Prime Minister Ana Berg wrote to President Omar Sidibe on 3 May. At a press conference, reporters "
        "asked Sidibe about the letter. Sidibe replied on 9 May that aid would come."
    )
    assert [r for r in replies if r[0] == "Omar Sidibe"] == [], replies
