"""A letter "written from" a place was written there, not by it; "a letter in which A pleaded with B to ..."
is A's letter to B. Invented sentences."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "A letter in which President Adam Krol pleaded with Eva Lind to end the quarrel sold at auction.",
            "The two-page letter, dated July 29, 1792, and written from Fairhaven Manor, was bought by a collector.",
        ],
        ["The letter, written from Fairhaven Manor in 1792, was sent by President Adam Krol to Eva Lind."],
    ],
)
def test_the_place_written_from_is_no_writer(paragraphs: list[str]) -> None:
    acts = found_acts(*paragraphs)
    assert acts == [("letter", "Adam Krol", ("Eva Lind",))]
