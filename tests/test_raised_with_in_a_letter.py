"""'A raised the issue with B in a letter': a verb of bringing a matter before someone names the letter's
addressee with 'with' (on the verb or on the matter raised); a letter addressed 'to' someone keeps that
addressee. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Chief Minister Ravi Anand had raised the same issue with External Affairs Minister Naveen Joshi in a letter"
        " last month, officials said.",
        "Chief Minister Ravi Anand raised the issue with Minister Naveen Joshi in a letter last month.",
        "Chief Minister Ravi Anand took up the matter with Minister Naveen Joshi in a letter last month.",
        "In a letter last month, Chief Minister Ravi Anand raised the issue with Minister Naveen Joshi.",
    ],
)
def test_raised_with_b_in_a_letter(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Ravi Anand", ("Naveen Joshi",))]


def test_a_letter_to_someone_else_keeps_its_addressee() -> None:
    assert found_acts(
        "President Ana Ruiz discussed the matter with her husband in a letter to Chancellor Ivo Kant."
    ) == [("letter", "Ana Ruiz", ("Ivo Kant",))]
