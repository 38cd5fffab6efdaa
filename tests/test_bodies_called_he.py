"""A person's name the recogniser tagged a body at every mention ("Dragan Holub" ORG): when the report goes
on with 'he' or 'she' before naming anyone else, the name is a person's, so the pronoun can mean them. A
body's name ("its"), a name qualifying a thing and a name of English words stay bodies. Invented text."""

from __future__ import annotations

from spacy.tokens import Doc

from lettertrace import nlp
from lettertrace.extract.index import PartyIndex
from lettertrace.models import Options
from test_extract import acts


def _index(text: str) -> tuple[Doc, PartyIndex]:
    doc = nlp.parse(text, Options().spacy_model)
    return doc, PartyIndex(doc)


def _kind_of(idx: PartyIndex, name: str) -> str | None:
    return next((p.ptype for p in idx.live() if p.name == name), None)


def test_the_recogniser_tags_the_name_a_body() -> None:
    doc, _ = _index("Dragan Holub is eighty-one and still writes everything by hand.")
    assert [(e.text, e.label_) for e in doc.ents][:1] == [("Dragan Holub", "ORG")]


def test_a_name_followed_by_he_is_a_persons() -> None:
    for text in (
        "Dragan Holub is eighty-one and still writes everything by hand. Last month he wrote to the president.",
        "Dragan Holub is eighty-one, and his garden is his office.",
    ):
        _, idx = _index(text)
        assert _kind_of(idx, "Dragan Holub") == "person", text


def test_the_pronoun_then_means_that_person() -> None:
    found = acts(
        "Dragan Holub is eighty-one and still writes everything by hand.",
        "It is not the first time Holub has tried diplomacy by other means. In 1995 he telephoned President"
        " Aurel Vantrescu to ask for a pardon.",
    )
    assert ("call", "Dragan Holub", ("Aurel Vantrescu",)) in found, found


def test_a_body_called_it_stays_a_body() -> None:
    for text in (
        "Dragan Holub is eighty-one years old and its members meet each spring. He said it would grow.",
        "The Dragan Holub Foundation is eighty-one years old. He said it would grow.",
    ):
        _, idx = _index(text)
        assert _kind_of(idx, "Dragan Holub") != "person", text
