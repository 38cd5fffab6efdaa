"""'The Norland State House of Assembly received a letter from Governor A. The letter, addressed to the
Speaker, B, ...': a body's name with 'of' and an institution after a title-like word is no titled person
('State House'), and the letter to the body, told again with the person it was addressed to, goes to
that person. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize("speaker", ["the Speaker, Rt. Hon. Ivo Kant,", "the Speaker, Ivo Kant,"])
def test_the_letter_to_the_house_goes_to_its_speaker(speaker: str) -> None:
    got = found_acts(
        "The Norland State House of Assembly on Monday received a letter from Governor Ana Ruiz requesting a date"
        " for the budget.",
        f"The letter, dated November 24 and addressed to {speaker} was read on the floor of the House.",
    )
    assert got == [("letter", "Ana Ruiz", ("Ivo Kant",))]


def test_the_house_alone_is_a_body() -> None:
    got = found_acts(
        "The Norland State House of Assembly on Monday received a letter from Governor Ana Ruiz requesting a date"
        " for the budget."
    )
    assert got == [("letter", "Ana Ruiz", ("Norland State House of Assembly",))]
