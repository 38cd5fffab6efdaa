"""'When A rang Vilnius on Sunday' with spaCy tagging 'rang Vilnius' as one person: a lower-case verb opening
an entity is no part of a name; what follows is the name (a capital stands for its state). Invented people,
real capitals."""

from __future__ import annotations

from lettertrace.extract.index import PartyIndex
from lettertrace.models import Options
from lettertrace.nlp import parse


def _parties(text: str) -> set[str]:
    idx = PartyIndex(parse(text, Options().spacy_model))
    return {p.name for p in idx.parties}


def test_a_verb_opening_an_entity_is_cut() -> None:
    text = (
        "When Jan Ostrowski rang Vilnius on the second Sunday of September, he did not yet know that a drone had"
        " given him the argument he had been making for two years."
    )
    got = _parties(text)
    assert not any(name.lower().startswith("rang") for name in got)
    assert "Jan Ostrowski" in got
