"""A one-word 'name' right before a capitalised title and a name ("Kestrian Chancellor Maarten van der
Linde") is the holder's nationality, though spaCy tags it a person: no party 'Kestrian Chancellor
Maarten' beside Maarten van der Linde. Invented names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run


@pytest.mark.parametrize(
    "sentence",
    [
        "In a telephone conversation on Monday, President Ana Berg and Kestrian Chancellor Maarten van der"
        " Linde discussed reconstruction aid.",
        "President Ana Berg spoke by phone on Monday with Kestrian Chancellor Maarten van der Linde.",
        "President Ana Berg wrote to Kestrian Federal Chancellor Maarten van der Linde on Monday.",
    ],
)
def test_a_demonym_before_a_title_is_no_person(sentence: str) -> None:
    rep = run(report(sentence))
    persons = sorted(p.name for p in rep.extraction.parties if p.ptype == "person")
    assert persons == ["Ana Berg", "Maarten van der Linde"]
    assert all(len(c.recipients) == 1 for c in rep.extraction.communications)
