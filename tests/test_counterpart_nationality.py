"""'his Tarovan counterpart, Dr. Grace Obi': the word before 'counterpart' says whose counterpart (a
nationality), never who holds the office, even where the recogniser tags it as a person or a body."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from lettertrace import nlp
from lettertrace.extract.index import PartyIndex
from lettertrace.models import Options

MODEL = Options().spacy_model


@pytest.mark.parametrize(
    "sentence",
    [
        "President Musa Ruiz on Monday held a telephone conversation with his Tarovan counterpart, Dr. Grace Obi.",
        "President Musa Ruiz wrote to his Tarovan counterpart, H.E. Grace Obi, about the floods.",
        "Prime Minister Ana Ruiz spoke by phone with her Tarovan counterpart Grace Obi on Monday.",
        "President Musa Ruiz, speaking by phone with his Tarovan counterpart on Monday, thanked Grace Obi.",
        "President Musa Ruiz held a telephone conversation with his Tarovan counterpart over the floods.",
        "Prime Minister Ana Ruiz wrote to her Tarovan counterpart on Monday.",
    ],
)
@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_a_nationality_tagged_as_a_name_is_not_the_counterpart(sentence: str, label: str) -> None:
    doc = nlp.parse(sentence, MODEL)
    nationality = next(t for t in doc if t.text == "Tarovan")
    others = [e for e in doc.ents if not (e.start <= nationality.i < e.end)]
    doc.ents = sorted(
        [*others, Span(doc, nationality.i, nationality.i + 1, label=label)], key=lambda e: e.start
    )
    idx = PartyIndex(doc)
    counterpart = next(t for t in doc if t.text == "counterpart")
    holder = idx.party_at(counterpart)
    assert holder is None or holder.name != "Tarovan"
    if "counterpart, " in sentence or "counterpart Grace" in sentence:
        assert holder is not None and holder.name == "Grace Obi"
