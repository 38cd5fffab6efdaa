"""An office of a place whose name has a particle ("the Emir of Dar al-Nour, Sheikh A", "the King of Bayt
al-Hikma, B"): the place is no person and the name after the comma holds the office. Invented names."""

from __future__ import annotations

import pytest

from test_extract import sent_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Earlier on Thursday, the Norland president held a telephone conversation with the Emir of Khor"
            " al-Nour, Sheikh Hamad bin Ali Al Nasser, in which the two sides exchanged greetings.",
            ("Norland president", "Hamad bin Ali Al Nasser"),
        ),
        (
            "President Ana Holm spoke by phone with the King of Bayt al-Hikma, Faisal bin Omar, on Thursday.",
            ("Ana Holm", "Faisal bin Omar"),
        ),
        (
            "On Thursday President Ana Holm sent a message to the Emir of Khor al-Nour, Sheikh Hamad bin Ali"
            " Al Nasser, on the occasion of the national day.",
            ("Ana Holm", "Hamad bin Ali Al Nasser"),
        ),
    ],
)
def test_the_holder_named_after_an_office_of_a_place_with_a_particle(
    text: str, pair: tuple[str, str]
) -> None:
    found = sent_pairs(text)
    assert pair in found
    assert not any("Nour" in r or "Hikma" in r for _, r in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "President Ana Holm received a letter from Omar al-Nour, a lawyer in Harborville, on Thursday.",
            ("Omar al-Nour", "Ana Holm"),
        ),
        (
            "The King of Norland, Omar al-Nour, sent a message to President Ana Holm on Thursday.",
            ("Omar al-Nour", "Ana Holm"),
        ),
        (
            "President Ana Holm received a cable from King Faisal bin Omar of Bayt al-Hikma on Thursday.",
            ("Faisal bin Omar", "Ana Holm"),
        ),
    ],
)
def test_a_person_named_with_a_particle_stays_a_person(text: str, pair: tuple[str, str]) -> None:
    assert pair in sent_pairs(text)
