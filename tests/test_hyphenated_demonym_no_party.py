"""'his Bissau-Guinean counterpart, A': spaCy may tag the first part of a hyphenated people's word as a person
('Bissau'); the word names a people, never a party. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Berg sent a message of condolence to his Bissau-Guinean counterpart, Domingos Sanha.",
        "President Ana Berg sent a message of condolence to her Bissau-Guinean counterpart, Domingos Sanha,"
        " after the fire.",
        "His Bissau-Guinean counterpart, Domingos Sanha, received a message of condolence from President Ana Berg.",
    ],
)
def test_a_hyphenated_people_s_word_is_no_addressee(sentence: str) -> None:
    assert found_acts(sentence) == [("message", "Ana Berg", ("Domingos Sanha",))]
