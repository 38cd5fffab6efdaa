"""A letter left for someone to find is a letter to them: 'A left a letter for B', 'the letter A left for
B', 'a letter left for B by A'. Left elsewhere, it is no letter sent: 'A left his letters to the national
library' (a bequest), 'A left the letter on the desk' (to no one)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Former president Rui Costa left a letter for his successor, Marta Pinto, in the desk drawer.",
        "The letter Rui Costa left for his successor, Marta Pinto, was read out on Monday.",
        "President Marta Pinto found a letter left for her by her predecessor, Rui Costa.",
        "Outgoing premier Rui Costa left a farewell letter for his successor, Marta Pinto, on the desk.",
    ],
)
def test_a_letter_left_for_someone(sentence: str) -> None:
    assert ("Rui Costa", ("Marta Pinto",)) in [(s, r) for _, s, r in found_acts(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Former president Rui Costa left his letters to the national library.",
        "Former president Rui Costa left the letter on the desk.",
        "Former president Rui Costa left a letter of resignation on the desk.",
    ],
)
def test_a_letter_left_to_no_one(sentence: str) -> None:
    assert found_acts(sentence) == []
