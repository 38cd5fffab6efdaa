"""'A (this afternoon) spoke by telephone with B' when the parse hangs 'with B' on the medium, not on the
verb: B is the other party of the call. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    "sentence",
    [
        "Crown Princess Maria Holm this afternoon spoke by telephone with Dr Tomas Lind about the floods.",
        "President Maria Holm yesterday talked over the phone with Chancellor Tomas Lind about the dam.",
        "President Maria Holm this morning spoke by phone with Chancellor Tomas Lind of Vestria.",
    ],
)
def test_the_one_spoken_with_over_the_medium_is_the_other_party(sentence: str) -> None:
    assert observed(run(report(sentence))) == [("call", "Maria Holm", ("Tomas Lind",), "")]


def test_a_medium_with_no_one_after_it_makes_no_second_party() -> None:
    sentence = "President Maria Holm this afternoon spoke by telephone about the floods."
    assert observed(run(report(sentence))) == []
