"""A salutation of a form of address before a name ('Your Highness Sheikh A B,', 'Your Excellency Prime
Minister A B,') names the addressee: a letter the report gives only to an office ('the Emir') goes to
that person. Invented people."""

from __future__ import annotations

import pytest

from lettertrace.extract import signature as sig
from test_extract import found_acts


@pytest.mark.parametrize(
    "line, who",
    [
        ("Your Highness Sheikh Tariq Al Saadi,", "Sheikh Tariq Al Saadi"),
        ("Your Excellency Prime Minister Ana Berg,", "Prime Minister Ana Berg"),
        ("Your Royal Highness Prince Omar,", "Prince Omar"),
    ],
)
def test_the_name_after_the_form_of_address(line: str, who: str) -> None:
    s = sig.salutation(line)
    assert s is not None and s.who is not None and line[s.who[0] : s.who[1]] == who


@pytest.mark.parametrize("line", ["Your Excellency,", "Your Majesty,"])
def test_a_bare_form_of_address_names_no_one(line: str) -> None:
    s = sig.salutation(line)
    assert s is not None and not s.named


def test_the_letter_goes_to_the_one_saluted() -> None:
    acts = found_acts(
        "The state news agency published on Sunday the text of a letter the Emir received from President Omar"
        " Haddi.",
        "Your Highness Sheikh Tariq Al Saadi,\nI was deeply moved by your generous hospitality during my visit"
        " last month.",
        "Respectfully,\nOmar Haddi",
    )
    assert acts == [("letter", "Omar Haddi", ("Tariq Al Saadi",))]
