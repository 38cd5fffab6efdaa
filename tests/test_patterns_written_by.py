"""A letter told in the passive with the verb of writing: the writer is the agent ('was written by A to
B', 'was penned by A'), never the subject the parse gives (the letter, or a place of its date line the
parse took for it); 'B was written to by A' makes B the addressee. Invented names; report dated
Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

LETTER = [("letter", "Tomas Lind", ("Ana Berg",), "")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The earliest, dated Rivertown, 12th June 1846, was written by Tomas Lind, a farmer from Eastvale,"
        " to his sister Ana Berg in Norland.",
        "The note was written by Tomas Lind to Ana Berg on 3 May.",
        "It was penned by Tomas Lind to the Norland president, Ana Berg, on 3 May.",
        "The Norland president, Ana Berg, had been written to by Tomas Lind in March.",
    ],
)
def test_the_writer_of_a_passive_letter_is_its_agent(sentence: str) -> None:
    assert observed(run(report(sentence))) == LETTER


@pytest.mark.parametrize(
    "sentence",
    [
        "A letter was written to Ana Berg on 3 May.",  # no writer named
        "The report was written by Tomas Lind for the Norland parliament.",  # no addressee
    ],
)
def test_a_passive_with_no_writer_or_no_addressee_gives_no_letter(sentence: str) -> None:
    assert observed(run(report(sentence))) == []
