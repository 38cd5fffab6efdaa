"""Aliases of people inside one report: the forms in which a report writes a person's name, and role
descriptions used as names. Every sentence here is invented."""

from __future__ import annotations

import pytest

from lettertrace import nlp
from lettertrace.extract.index import PartyIndex
from lettertrace.models import Options


def _index(text: str) -> PartyIndex:
    return PartyIndex(nlp.parse(text, Options().spacy_model))


def _surfaces(text: str, name: str) -> list[str]:
    idx = _index(text)
    p = next(p for p in idx.live() if p.ptype == "person" and p.name == name)
    return p.surfaces


@pytest.mark.parametrize(
    ("text", "name", "form"),
    [
        (
            "The Prime Minister of the Republic, Ana Berg, wrote to Olaf Brandt.",
            "Ana Berg",
            "The Prime Minister of the Republic, Ana Berg",
        ),
        (
            "She sent a note to her Norland counterpart, Lena Holt, on Monday.",
            "Lena Holt",
            "her Norland counterpart, Lena Holt",
        ),
        (
            "A former space agency scientist, Eva Moss, signed the letter.",
            "Eva Moss",
            "A former space agency scientist, Eva Moss",
        ),
        (
            "The President of the Republic, Ana Berg, wrote to Olaf Brandt on Friday.",
            "Ana Berg",
            "President of the Republic, Ana Berg",
        ),
    ],
)
def test_role_before_comma_and_name_is_a_written_form(text: str, name: str, form: str) -> None:
    assert form in _surfaces(text, name)


def test_fronted_phrase_before_a_subject_is_no_form_of_the_name() -> None:
    # the name is the subject of 'said': the phrase before the comma is another person
    text = "In a letter to his Norland counterpart, Karl Vint said no."
    assert not any("counterpart" in s for s in _surfaces(text, "Karl Vint"))
