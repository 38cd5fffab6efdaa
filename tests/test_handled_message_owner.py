"""'B rejected A's letter' tells that A wrote to B; 'B praised the festival's message of openness' tells of
no letter: the owner of the handled message must be someone who can write (a person, body or state)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister of Culture, Eva Lind, praised the festival's message of openness.",
        "Culture Minister Eva Lind welcomed the exhibition's message of tolerance on Saturday.",
        "The festival's message of openness was hailed by Culture Minister Eva Lind.",
    ],
)
def test_a_message_owned_by_an_event_is_no_letter(sentence: str) -> None:
    """Not even when a later sentence tells of someone's writing, which a merge would join to it."""
    later = "The novelist Karl Dorn presented his new book, in which a retired diplomat reads the cables he wrote."
    assert found_acts(sentence, later) == []


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("President Ana Berg rejected Karl Dorn's letter on Monday.", ("letter", "Karl Dorn", ("Ana Berg",))),
        (
            "President Ana Berg welcomed the Writers Union's letter on Monday.",
            ("letter", "Writers Union", ("Ana Berg",)),
        ),
    ],
)
def test_a_message_owned_by_a_party_is_its_letter(
    sentence: str, act: tuple[str, str, tuple[str, ...]]
) -> None:
    assert act in found_acts(sentence)
