"""A year written as the communication noun's own modifier ("a 1962 letter", "his 1917 telegram") dates
it, whatever else the sentence dates (its release, its display); a full date within that year, told of
the letter, narrows it; a number before a plural noun is a count, not a year."""

from __future__ import annotations

import pytest

from test_extract import report, run


def dates(*paragraphs: str) -> list[tuple[str, str, str]]:
    comms = run(report(*paragraphs)).extraction.communications
    return [(str(c.date.earliest), str(c.date.latest), c.date.precision) for c in comms]


@pytest.mark.parametrize(
    "sentence",
    [
        "The national archives on Monday released a 1962 letter from President Ilsa Varnek to King Otto Brandt.",
        "On Monday the museum put on show a 1962 letter from President Ilsa Varnek to King Otto Brandt.",
        "President Ilsa Varnek's 1962 letter to King Otto Brandt was sold at auction on Monday.",
    ],
)
def test_the_year_on_the_noun_dates_the_letter(sentence: str) -> None:
    assert dates(sentence) == [("1962-01-01", "1962-12-31", "year")]


def test_a_full_date_of_that_year_narrows_it() -> None:
    got = dates(
        "A 1962 letter from President Ilsa Varnek to King Otto Brandt, dated 4 June, was released on Monday."
    )
    assert got == [("1962-06-04", "1962-06-04", "day")]


def test_a_count_is_no_year() -> None:
    got = dates("President Ilsa Varnek on Monday sent King Otto Brandt 2000 letters.")
    assert got == [("2024-03-11", "2024-03-11", "day")]
