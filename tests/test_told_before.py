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


# Review 37 (/work/review37): a past-perfect letter of another matter, time or standing is no answer's.
@pytest.mark.parametrize(
    "text",
    [
        "King Olaf wrote to President Ana Berg on Friday. Berg had written to the King in 1998 about a border.",
        "King Olaf wrote to President Ana Berg on Friday. Separately, Berg had written to the King about fishing.",
        "King Olaf wrote to President Ana Berg on Friday. Reports that Berg had written to the King were false.",
        "King Olaf wrote to President Ana Berg on Friday. He wrote to her again on Sunday. Berg had written to"
        " the King in May.",
        "King Olaf wrote to President Ana Berg on Friday. Berg had written to the King on the same day, and the"
        " two letters crossed.",
        "King Olaf wrote to President Ana Berg in 2015. Berg had written to the King on Friday to remind him of it.",
    ],
)
def test_another_matter_is_no_answer(text: str) -> None:
    assert all(answered == "" for _, _, answered in found_replies(text))
