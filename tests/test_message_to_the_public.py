"""'his message to the people of Norland', 'sent a message to the nation': an address to a public is no
one's mail, and a round-up of messages never lends it its addressee. Invented people; real places."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Governor Ivo Kant sent a message to the people of Norland on Thursday.",),
        ("President Ana Ruiz sent a message to the nation on Monday.",),
        (
            "Messages of support reached Chief Minister Ana Ruiz from across the country.",
            "Governor Ivo Kant visited relief camps on Thursday. In his message to the people of Norland, broadcast on"
            " radio, he appealed to everyone to contribute.",
        ),
    ],
)
def test_an_address_to_a_public_is_no_act(paragraphs: tuple[str, ...]) -> None:
    assert found_acts(*paragraphs) == []


def test_a_letter_beside_it_stays() -> None:
    assert found_acts(
        "President Ana Ruiz sent a message to the nation and a letter to Chancellor Ivo Kant on Monday."
    ) == [("letter", "Ana Ruiz", ("Ivo Kant",))]


def test_a_message_of_the_round_up_still_goes_to_its_addressee() -> None:
    got = found_acts(
        "Messages of support reached Chief Minister Ana Ruiz from across the country.",
        "In his message, Governor Ivo Kant offered rescue crews.",
    )
    assert ("message", "Ivo Kant", ("Ana Ruiz",)) in got


def test_letters_to_a_family_are_mail() -> None:
    got = found_acts(
        "In prison, Chancellor Ivo Brandt wrote many letters to his nephew Otto Marsh and to his family."
    )
    assert ("letter", "Ivo Brandt", ("Otto Marsh",)) in got
