"""'The request followed a previous letter dated 3 March, which is hereby withdrawn': a letter told as an
earlier one, naming no parties, is an earlier letter between the parties of the letter told just before;
another act, not that letter again. Far from any letter, or with parties of its own, it is left alone."""

from __future__ import annotations

import pytest

from test_extract import found_acts

FIRST = "Governor Ana Berg has written to the State House of Assembly seeking approval for a loan."


@pytest.mark.parametrize(
    "second",
    [
        'She noted that the request followed "a previous letter dated 3 March, which is hereby withdrawn."',
        "The request replaces an earlier letter, dated 3 March, in which a larger loan was sought.",
        "It supersedes a prior letter of 3 March.",
    ],
)
def test_an_earlier_letter_between_the_same_parties(second: str) -> None:
    got = found_acts(FIRST, second)
    assert got == [
        ("letter", "Ana Berg", ("State House of Assembly",)),
        ("letter", "Ana Berg", ("State House of Assembly",)),
    ], got


def test_an_earlier_letter_with_a_writer_of_its_own_keeps_it() -> None:
    got = found_acts(FIRST, "The request followed an earlier letter from Leo Kranz to the Assembly.")
    assert ("letter", "Leo Kranz", ("State House of Assembly",)) in got, got
