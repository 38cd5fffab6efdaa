"""Names the recogniser cuts or mislabels: a name with lower-case particles cut before them ("Lotte von" +
"der Brink", the last word tagged as a place), and a name after an honorific tagged as an event ("His
Holiness Movses II"). Every sentence here is invented."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from lettertrace import nlp
from lettertrace.extract.index import PartyIndex
from lettertrace.models import Options
from test_extract import found_acts

MODEL = Options().spacy_model


@pytest.mark.parametrize(
    "name",
    ["Karin van den Bosch", "Ursula von der Brink", "Ana van der Berg", "Pieter de la Vega"],
)
def test_a_name_with_particles_is_one_addressee(name: str) -> None:
    acts = found_acts(
        f"Minister Karl Mett addressed a letter to Commission Vice-President {name} on fishing quotas."
    )
    assert acts == [("letter", "Karl Mett", (name,))], acts


@pytest.mark.parametrize(
    "sentence",
    [
        "His Holiness Movses II, head of the Eastern Church, wrote to President Ana Valdes on Monday.",
        "On Monday His Holiness Movses II sent a letter to President Ana Valdes.",
        "A letter from His Holiness Movses II reached President Ana Valdes on Monday.",
    ],
)
@pytest.mark.parametrize("label", ["EVENT", "WORK_OF_ART", "PRODUCT"])
def test_a_name_after_an_honorific_tagged_as_a_thing(sentence: str, label: str) -> None:
    doc = nlp.parse(sentence, MODEL)
    start = next(t.i for t in doc if t.text == "Holiness")
    others = [e for e in doc.ents if e.end <= start or e.start >= start + 3]
    doc.ents = sorted([*others, Span(doc, start, start + 3, label=label)], key=lambda e: e.start)
    idx = PartyIndex(doc)
    name = next(t for t in doc if t.text == "II")
    held = idx.party_at(name)
    assert held is not None and (held.name, held.ptype) == ("Movses II", "person"), held
