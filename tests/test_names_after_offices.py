"""A holder's name written straight after an office that ends in a place or a body: 'Minister of Foreign
Affairs Sheikh A B C' (a title after the office opens the name, the sentence being no headline for all
its capitals), 'Permanent Representative to the X A B', 'Ambassador to Norway A B'."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Oman's Minister of Foreign Affairs Sheikh Fahad Nasser Al-Hamdan received on Monday a written "
        "message from Norway's Foreign Minister Ana Ruiz.",
        "Norway's Foreign Minister Ana Ruiz sent a written message on Monday to Oman's Minister of "
        "Foreign Affairs Sheikh Fahad Nasser Al-Hamdan.",
        "The Minister of State for Foreign Affairs Dr Fahad Nasser Al-Hamdan received a message from "
        "Norway's Foreign Minister Ana Ruiz on Monday.",
    ],
)
def test_a_title_after_the_office_opens_the_name(sentence: str) -> None:
    assert found_acts(sentence) == [("message", "Ana Ruiz", ("Fahad Nasser Al-Hamdan",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier, Oman's Permanent Representative to the OSCE Oleg Varenko sent a letter to the chair of "
        "the council, Ambassador Lena Vass.",
        "A letter from Oman's Ambassador to Norway Oleg Varenko reached the chair of the council, "
        "Ambassador Lena Vass, on Monday.",
        "The chair of the council, Ambassador Lena Vass, received a letter on Monday from the Permanent "
        "Representative to the United Nations Oleg Varenko.",
    ],
)
def test_an_envoys_name_after_to_the_place(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Oleg Varenko", ("Lena Vass",))]
