"""French protocol style names the office, then its holder in apposition, with the family name in capitals:
"The President of the Republic, RAKOTO Haja Andry, had ...". spaCy may tag "the Republic, RAKOTO Haja Andry"
as one place; the names after the comma are the holder, a person. A place with its region ("Springfield,
Illinois") stays one place."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        (
            "The President of the Republic, RAKOTONIRINA Haja Andry, had on Thursday 18 April 2024 a telephone "
            "conversation with His Excellency Mr. Said Abdallah MZE, President of the Union of the Ngazi Islands.",
            "RAKOTONIRINA Haja Andry",
        ),
        (
            "The President of the Republic, ANDRIAMASY Lova Hery, had on Thursday a telephone conversation with His "
            "Excellency Mr. Said Abdallah MZE, President of the Union of the Ngazi Islands.",
            "ANDRIAMASY Lova Hery",
        ),
    ],
)
def test_the_names_after_the_place_are_the_holder(sentence: str, sender: str) -> None:
    assert found_acts(sentence) == [("call", sender, ("Said Abdallah MZE",))]
