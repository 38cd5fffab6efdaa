"""'any letter', 'no letter', 'a possible call', 'a proposed letter': a communication the sentence does
not tell as having taken place, also as the object of a reply ('would not answer any letter from A').
Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Berg said on Friday that she would not answer any letter from opposition leader Omar Haddi.",
        "Talks on a possible phone call between President Ana Berg and Premier Omar Haddi are under way, diplomats"
        " said on 3 May.",
        "President Ana Berg denied receiving any letter from King Olav Rendal.",
        "A potential call between President Ana Berg and King Olav Rendal was discussed by aides on Monday.",
    ],
)
def test_no_act(sentence: str) -> None:
    assert found_acts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Berg received a letter from King Olav Rendal on Monday.",
        "President Ana Berg on Monday answered a letter from King Olav Rendal.",
    ],
)
def test_a_letter_told(sentence: str) -> None:
    assert ("letter", "Olav Rendal", ("Ana Berg",)) in found_acts(sentence)
