"""'B had already responded in January to an earlier letter that A sent her in December': the letter
answered is another one than the letter of A the report is about. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies

FIRST = (
    "Head of Government Daniel Frommelt has written to Federal Councillor Regula Amstutz, asking for talks."
)


@pytest.mark.parametrize("word", ["an earlier", "a previous"])
def test_two_letters_of_the_writer(word: str) -> None:
    second = (
        f"The Federal Councillor had already responded in January to {word} letter that Frommelt sent to her."
    )
    acts = found_acts(FIRST, second)
    assert acts.count(("letter", "Daniel Frommelt", ("Regula Amstutz",))) == 2
    assert ("letter", "Regula Amstutz", ("Daniel Frommelt",)) in acts


def test_the_letter_told_is_answered() -> None:
    second = "The Federal Councillor responded in January to the letter that Frommelt sent to her."
    acts = found_acts(FIRST, second)
    assert acts.count(("letter", "Daniel Frommelt", ("Regula Amstutz",))) == 1
    assert ("Regula Amstutz", ("Daniel Frommelt",), "Daniel Frommelt") in found_replies(FIRST, second)
