"""'to President of the Republic of X A, President of the Republic of Y B, ...': each office before a name
is that name's, never the next one's, however the parser hangs the names on the offices. The names are
invented; the states are real."""

from __future__ import annotations

import pytest

from test_extract import report, run


@pytest.mark.parametrize(
    "sentence",
    [
        "Today, March 21, President of the Kyrgyz Republic Sadyk Orunbaev sent congratulatory messages on the "
        "occasion of the Nooruz holiday to President of the Republic of Kazakhstan Kairat-Bek Omarov, President of "
        "the Republic of Uzbekistan Timur Yusupov, President of the Republic of Tajikistan Farhod Nazarov and "
        "President of Turkmenistan Dovlet Amanov.",
        "On Tuesday, President of Peru Kesi Orlamo sent messages to President of the Republic of Chile Aldo "
        "Verran-Ruiz, President of the Republic of Bolivia Timur Yusupov and President of Ecuador Ivo Stren.",
        "On Tuesday, President Kesi Orlamo sent letters to President of the Republic of Kazakhstan Kairat-Bek "
        "Omarov and President of the Republic of Uzbekistan Timur Yusupov.",
    ],
)
def test_no_office_of_another_state(sentence: str) -> None:
    forms = {p.name: p.aliases for p in run(report(sentence)).extraction.parties}
    assert not any("Kazakhstan" in f or "Chile" in f or "Kyrgyz" in f for f in forms["Timur Yusupov"])
    assert any("Uzbekistan" in f or "Bolivia" in f for f in forms["Timur Yusupov"])
