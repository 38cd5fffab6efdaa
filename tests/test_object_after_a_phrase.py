"""'A, the editor of X, published on the front page of his newspaper an open letter to B': an object shifted
past a phrase on its verb, which the parser hangs on the subject (as an apposition) or on the verb (as
an adverbial noun), with the verb read as the subject's participle; the subject publishes the letter."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        (
            "On August 20, 1862, Horace Greeley, the editor of the New York Tribune, published on the front page "
            "of his newspaper an open letter to President Abraham Lincoln.",
            "Horace Greeley",
        ),
        (
            "Leo Kranz, the head of the union, published in three newspapers an open letter to President Marek "
            "Novak.",
            "Leo Kranz",
        ),
        (
            "Ana Berg, the mayor of Eastfield, published on her website an open letter to President Marek Novak.",
            "Berg",
        ),
    ],
)
def test_the_subject_publishes_the_letter(sentence: str, sender: str) -> None:
    got = found_acts(sentence)
    assert len(got) == 1 and got[0][1] == sender, got
