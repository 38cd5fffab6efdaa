"""Cards of greeting are written messages ("sent New Year's greeting cards to A, B and C", "received a
birthday card from A"); other cards are not ("a yellow card", "credit card details"). Invented sentences."""

from __future__ import annotations

import pytest

from lettertrace.extract.prefilter import has_cue
from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Leader Jan Sobota sent New Year's greeting cards to President Adam Krol, Prime Minister Eva Lind and "
            "King Ulf on Tuesday.",
            [
                ("message", "Jan Sobota", ("Adam Krol",)),
                ("message", "Jan Sobota", ("Eva Lind",)),
                ("message", "Jan Sobota", ("Ulf",)),
            ],
        ),
        (
            "President Adam Krol received a birthday card from Prime Minister Eva Lind on Monday.",
            [("message", "Eva Lind", ("Adam Krol",))],
        ),
        (
            "Prime Minister Eva Lind sent a Christmas card to President Adam Krol.",
            [("message", "Eva Lind", ("Adam Krol",))],
        ),
        (
            "President Adam Krol was sent a holiday card by Prime Minister Eva Lind last week.",
            [("message", "Eva Lind", ("Adam Krol",))],
        ),
    ],
)
def test_a_card_of_greeting_is_a_message(sentence: str, expected: list) -> None:
    assert found_acts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The referee showed a yellow card to Adam Krol on Monday.",
        "Adam Krol sent his credit card details to the bank on Monday.",
        "Minister Eva Lind handed her report card to President Adam Krol with a smile.",
    ],
)
def test_other_cards_are_no_message(sentence: str) -> None:
    assert found_acts(sentence) == []


def test_the_prefilter_passes_cards_of_greeting_only() -> None:
    assert has_cue("She sent him a birthday card.")
    assert has_cue("New Year's greeting cards went to three leaders.")
    assert not has_cue("He was shown a yellow card in the second half.")
