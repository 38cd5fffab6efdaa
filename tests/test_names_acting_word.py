"""A one-word name spaCy tags as a body while it acts as a subject ("Marcelo sends condolences to his
counterpart"), when one person of the report bears it, is that person: the headline's sender is the full
name the story gives."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "headline",
    [
        "Marcelo sends condolences to Mavundan counterpart",
        "Cyclone: Marcelo sends condolences to Mavundan counterpart",
    ],
)
def test_the_headline_word_is_the_person(headline: str) -> None:
    got = found_acts(
        headline,
        "The President of the Republic, Marcelo Rebelo de Sousa, sent on Tuesday a message of condolences to his "
        "Mavundan counterpart, Armindo Catumbela Nhaluma.",
    )
    assert [s for _, s, _ in got] == ["Marcelo Rebelo de Sousa"]
