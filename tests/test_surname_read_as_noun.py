"""'FCF president José Carlos dos Reis Tavares wrote to Minister A': the tagger may read a capitalised surname
after a name with particles as a common noun (and 'dos' as a verb); a capitalised noun right after a
person's name, being no title, office, body or place word, goes on with the name. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("writer", "name"),
    [
        ("FCF president José Carlos dos Reis Tavares", "José Carlos dos Reis Tavares"),
        ("Federation president Ana Maria dos Santos Ferreira", "Ana Maria dos Santos Ferreira"),
    ],
)
def test_surname_after_particles(writer: str, name: str) -> None:
    acts = found_acts(
        f"{writer} wrote to Minister Maria Lopes Semedo on 3 March, asking her to confirm the funds."
    )
    assert acts == [("letter", name, ("Maria Lopes Semedo",))]
