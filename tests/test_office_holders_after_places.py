"""'sent letters to his counterparts in Argentina, Paraguay and Uruguay, A, B and C, proposing ...': the names
set off after the places of a plural office are its holders, each written to; 'identical letters' to them are
one text sent to all. Invented people, real states."""

from __future__ import annotations

import pytest

from test_extract import found_acts

NAMES = ("Gustavo Echeverria", "Horacio Benitez", "Martin Olivera")


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 June, President Rogerio Bastos sent letters to his counterparts in Argentina, Paraguay and Uruguay,"
        " Gustavo Echeverria, Horacio Benitez and Martin Olivera, proposing a common tariff.",
        "On 3 June, President Rogerio Bastos sent messages to his counterparts from Argentina, Paraguay and"
        " Uruguay, Gustavo Echeverria, Horacio Benitez and Martin Olivera, on the common tariff.",
    ],
)
def test_each_holder_listed_after_the_places_is_written_to(sentence: str) -> None:
    acts = found_acts(sentence)
    assert sorted(r for _k, s, r in acts if s == "Rogerio Bastos") == [(n,) for n in NAMES]


def test_identical_letters_to_the_holders_are_one_text() -> None:
    acts = found_acts(
        "On 3 June, President Rogerio Bastos sent identical letters to his counterparts in Argentina, Paraguay and"
        " Uruguay, Gustavo Echeverria, Horacio Benitez and Martin Olivera, proposing a common tariff."
    )
    assert [(s, tuple(sorted(r))) for _k, s, r in acts] == [("Rogerio Bastos", NAMES)]
