"""'This came in a letter from the King to B, welcoming ... . B had sent a letter to the King on Tuesday
...': a letter told in the past perfect right after one the other way, from its addressee to its writer, is
the letter the first answers (extract/told_before.py). Invented sentences."""

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    "text",
    [
        "King Olaf of Norland invited President Ana Berg for a visit. This came in a letter from the king to"
        " Berg, welcoming her support. Berg had sent a letter to the King on Tuesday recognizing the plan.",
        "King Olaf wrote to President Ana Berg on Friday. Berg had written to the King in May about fishing rights.",
        "King Olaf sent President Ana Berg a message on Friday. She had sent him a message on Monday.",
    ],
)
def test_the_letter_told_after_in_the_past_perfect_is_the_one_answered(text: str) -> None:
    replies = found_replies(text)
    assert ("Olaf", ("Ana Berg",), "Ana Berg") in replies
    assert ("Ana Berg", ("Olaf",), "") in replies


@pytest.mark.parametrize(
    "text",
    [
        # told in the simple past: a later letter, not background
        "King Olaf wrote to President Ana Berg on Friday. Berg wrote back to the King on Sunday.",
        # the earlier letter went to another
        "King Olaf wrote to President Ana Berg on Friday. Ana Berg had written to President Ivo Dral in May.",
    ],
)
def test_no_earlier_letter_the_other_way_no_link(text: str) -> None:
    assert ("Olaf", ("Ana Berg",), "Ana Berg") not in found_replies(text)
