"""'A took up the hike in fares with Minister B in a letter': the one a matter is raised with in a letter is
its addressee, also when the parser hangs 'with B' on a word of the matter ('in fares') rather than on the
verb or its object. Not when the letter names its own addressee ('in a letter to C'). Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "MP Ravi Nair has taken up the hike in fares with Minister Anil Saxena in a letter.",
        "MP Ravi Nair raised the delay in payments to farmers with Minister Anil Saxena in a letter on Monday.",
        "MP Ravi Nair took up the issue with Minister Anil Saxena in a letter on Monday.",
    ],
)
def test_the_one_a_matter_is_raised_with_is_written_to(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Ravi Nair", ("Anil Saxena",))]


def test_a_letter_naming_its_addressee_keeps_it() -> None:
    acts = found_acts(
        "MP Ravi Nair raised the delay in talks with Minister Anil Saxena in a letter to Governor Mira Rao."
    )
    assert acts == [("letter", "Ravi Nair", ("Mira Rao",))]
