"""'The film is a quiet love letter to Lagos': the praise a work sings of a place, no letter sent; a love
letter to a person is still a letter."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Berg's new film is a quiet love letter to Lagos.",
        "The mayor, Karl Ruiz, called the festival a love letter to the city and its river.",
        "Critics said the album, written by Ana Berg, was a love letter to Norway.",
    ],
)
def test_a_love_letter_to_a_place_is_no_letter(sentence: str) -> None:
    assert found_acts(sentence) == []


@pytest.mark.parametrize(
    "headline",
    [
        "Review: 'Quiet Streets' is a quiet love letter to Lagos",
        "Ana Berg's new film is a love letter to Lagos",
        "A love letter to Lagos from director Ana Berg",
    ],
)
def test_a_headline_love_letter_to_a_city(headline: str) -> None:
    body = "Ana Berg's film follows a sorter in a Lagos post office who tries to deliver a bundle of wartime letters."
    assert found_acts(body, headline=headline) == []


def test_a_love_letter_to_a_person_is_a_letter() -> None:
    acts = found_acts(
        "In 1917 President Karl Ruiz wrote a love letter to Ana Berg, which was sold on Monday."
    )
    assert acts == [("letter", "Karl Ruiz", ("Ana Berg",))]
