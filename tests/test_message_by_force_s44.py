"""A "message" sent with, by or through an act of force, or carried by one, is a signal, not a text:
"sends a message to B with a missile strike", "sent a message to B by launching drones", "our missiles carry
a message to the enemy". A message with a person's words or through an envoy stays a message."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sylvanian Resistance sent a message to Norland on Tuesday with a new missile strike on the port.",
        "The movement's leader Abdul Karim sent a message to Norland by launching drones at the port.",
        "Our missiles carry a message to the enemy, General Karim Nasser said on Tuesday.",
        "A message was sent to Norland through a wave of drone attacks, the movement's leader Abdul Karim said.",
    ],
)
def test_message_of_force_is_no_act(sentence: str) -> None:
    assert found_acts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "President Karl Brandt sent a message to Prime Minister Ana Berg through her ambassador.",
        "President Karl Brandt sent a message with his condolences to Prime Minister Ana Berg.",
        "President Karl Brandt sent a message to Prime Minister Ana Berg after the missile strike on the port.",
    ],
)
def test_message_with_words_or_an_envoy_stays(sentence: str) -> None:
    assert found_acts(sentence) == [("message", "Karl Brandt", ("Ana Berg",))]
