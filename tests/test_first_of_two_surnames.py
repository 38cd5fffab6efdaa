"""'Vial' after 'Ernesto Vial Correa': a person with a given name and two surnames is called by the first
surname alone; never by a given name ('Maria' of 'Ana Maria Soto')."""

from __future__ import annotations

import pytest

from lettertrace import names
from test_extract import found_acts


@pytest.mark.parametrize(
    ("word", "name", "same"),
    [
        ("Vial", "Ernesto Vial Correa", True),
        ("Quintana", "Rosa Quintana Beltrán", True),
        ("Maria", "Ana Maria Soto", False),
        ("Soto", "Ana Maria Soto", False),  # the last word: read by the usual surname rule, not this one
        ("Vial", "Ernesto Correa", False),
    ],
)
def test_first_of_two_surnames(word: str, name: str, same: bool) -> None:
    assert names.first_of_two_surnames(word, name) is same


@pytest.mark.parametrize(
    "second",
    [
        "Less well known is the letter that Vial received in September from his Peruvian counterpart, Pedro "
        "Aranda Paz.",
        "Less well known is the letter that Vial received in September from Pedro Aranda Paz.",
        "Less well known is the letter Vial received in September from his counterpart, Pedro Aranda Paz.",
    ],
)
def test_the_first_surname_alone_is_the_person(second: str) -> None:
    acts = found_acts(
        "On 14 August the envoy Ramón Ortega Lagos met Foreign Minister Ernesto Vial Correa.", second
    )
    assert acts == [("letter", "Pedro Aranda Paz", ("Ernesto Vial Correa",))]
