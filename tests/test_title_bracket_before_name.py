"""'addressed to CEC Justice (retd) A B', 'wrote to General (retired) A B': a title, a bracketed word on its
holder's standing, then the name: the holder is the addressee, even where spaCy tagged the title a body.
Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The letter of Barrister Faisal Chatta, addressed to CEC Justice (retd) Abdul Ghaffar Lodi, demanded a recount.",
        "Barrister Faisal Chatta wrote to CEC Justice (retd) Abdul Ghaffar Lodi on Monday.",
        "Barrister Faisal Chatta wrote to General (retired) Abdul Ghaffar Lodi on Monday.",
    ],
)
def test_the_holder_after_the_bracket_is_written_to(sentence: str) -> None:
    acts = found_acts(sentence)
    assert [r[:1] for _k, _s, r in acts] == [("Abdul Ghaffar Lodi",)]
    assert acts[0][1].endswith("Faisal Chatta")
