"""'the Director of the International Finance Corporation': the capitalised run after an office's 'of' is one
body's name when it ends in a word that ends bodies' names ('Corporation', 'Fund', 'Bank'), not a place
followed by a holder's name (which left 'Finance Corporation' as a person); 'King of Ostmark Olaf Brandt'
still names Olaf Brandt."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "President Anna Berzina sent a letter to the Director of the International Finance Corporation.",
            "Director of the International Finance Corporation",
        ),
        (
            "Prime Minister Anna Berzina wrote to the Managing Director of the Regional Monetary Fund on Monday.",
            "Managing Director of the Regional Monetary Fund",
        ),
        (
            "A letter addressed to the President of the Northern Development Bank was sent by Anna Berzina.",
            "President of the Northern Development Bank",
        ),
    ],
)
def test_the_office_of_a_body_is_no_person(sentence: str, office: str) -> None:
    got = found_acts(sentence)
    assert got == [("letter", "Anna Berzina", (office,))], got


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berzina wrote to King of Ostmark Olaf Brandt on Monday.",
        "Anna Berzina sent a letter to President of Ostmark Olaf Brandt.",
        "A letter was sent by Anna Berzina to Prime Minister of Vestria Olaf Brandt.",
    ],
)
def test_a_place_and_its_holder_still_read(sentence: str) -> None:
    got = found_acts(sentence)
    assert got == [("letter", "Anna Berzina", ("Olaf Brandt",))], got
