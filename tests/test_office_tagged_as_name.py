"""An office the recogniser tags as a person's name ("the Pontiff", "Nuncio") is an
office, resolved to its holder, never a person of its own. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import sent_pairs

FIRST = "On Monday President Ana Berg received a letter from Pope Anselm."


@pytest.mark.parametrize(
    "sentence",
    [
        "In his note, the Pontiff thanked Berg for her courage.",
        "In his reply, the Pontiff thanked the Head of State for her courage.",
        "In that message, the Pontiff thanked her warmly.",
    ],
)
def test_the_pontiff_is_the_pope_named_before(sentence: str) -> None:
    """spaCy tags 'the Pontiff' here as a person's name: it is the office of the Pope named before."""
    pairs = sent_pairs(FIRST, "Berg had written to the Pope on 10 August.", sentence)
    assert ("Anselm", "Ana Berg") in pairs, pairs
    assert not any("Pontiff" in p for pair in pairs for p in pair), pairs


def test_a_surname_that_is_an_office_word_stays_a_name() -> None:
    pairs = sent_pairs(
        "Minister Julie Bishop met the press on Monday.", "Bishop wrote to President Ana Berg on Tuesday."
    )
    assert ("Julie Bishop", "Ana Berg") in pairs, pairs
