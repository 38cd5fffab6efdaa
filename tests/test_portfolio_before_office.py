"""'the Union Civil Aviation Minister, Shri A B': spaCy tags 'the Union Civil Aviation' as a body and the
words after its head ('Union') looked like a holder's name; before an office word they are the office's
portfolio, and the holder is the name set off after it. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "MP Ravi Nair wrote to the Union Civil Aviation Minister, Shri Anil Kumar Saxena, on Monday.",
        "MP Ravi Nair wrote to the Union Civil Aviation Minister, Anil Kumar Saxena, on Monday.",
        "The Union Civil Aviation Minister, Shri Anil Kumar Saxena, received a letter from MP Ravi Nair on Monday.",
    ],
)
def test_the_portfolio_is_no_person(sentence: str) -> None:
    assert [(s, r) for _k, s, r in found_acts(sentence)] == [("Ravi Nair", ("Anil Kumar Saxena",))]


def test_a_holder_named_inside_a_body_still_splits() -> None:
    acts = found_acts("A letter from the Chairman of the Standing Committee Ana Berg reached Paul Smith.")
    assert [(s, r) for _k, s, r in acts] == [("Ana Berg", ("Paul Smith",))]
