"""'In response to a letter from A, B sent him a letter': the phrase of answering comes before the
letter sent; both letters are acts and the second answers the first. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    "sentence",
    [
        "In response to a letter from Chancellor Henrik Dahl, President Sun Weiguo sent him a letter on Friday"
        " agreeing to resume talks.",
        "In reply to a letter from Chancellor Henrik Dahl, President Sun Weiguo sent him a message on Friday.",
        "In response to Chancellor Henrik Dahl's letter, President Sun Weiguo sent him a letter on Friday.",
    ],
)
def test_the_answered_letter_and_the_reply(sentence: str) -> None:
    acts = {(s, r) for _k, s, r in found_acts(sentence)}
    assert acts == {("Henrik Dahl", ("Sun Weiguo",)), ("Sun Weiguo", ("Henrik Dahl",))}
    assert ("Sun Weiguo", ("Henrik Dahl",), "Henrik Dahl") in found_replies(sentence)
