"""A person's office and full name read as one body by the tagger ("Tasmanian Premier A B" tagged ORG) is
that person, the office a role, when the report also names the person by surname; a body's name that
only holds an office word ("Foreign Ministry", "Media Defence Coalition") stays a body. "Treasurer" is an
office before a name. Every sentence here is invented."""

from __future__ import annotations

import pytest

from lettertrace import nlp
from lettertrace.extract.index import PartyIndex
from lettertrace.models import Options
from test_extract import found_acts


def _parties(text: str) -> dict[str, tuple[str, list[str]]]:
    idx = PartyIndex(nlp.parse(text, Options().spacy_model))
    return {p.name: (p.ptype, p.roles) for p in idx.live()}


def test_an_office_and_name_tagged_as_a_body_is_the_person() -> None:
    text = (
        "A war of words between Tasmanian Premier Lachlan Dunstan and federal Treasurer Priya Raghavan "
        "has spilled into a third round. Mr Dunstan wrote to the Treasurer on Monday."
    )
    ptype, roles = _parties(text)["Lachlan Dunstan"]
    assert ptype == "person" and "Tasmanian Premier" in roles
    assert found_acts(text) == [("letter", "Lachlan Dunstan", ("Priya Raghavan",))]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Norland Media Defence Coalition wrote to Minister Ana Berg on Monday.", "Defence Coalition"),
        ("A spokesman for the Foreign Ministry, Quispe, wrote to Ana Berg on Monday.", "Ministry, Quispe"),
    ],
)
def test_a_body_with_an_office_word_stays_a_body(text: str, body: str) -> None:
    assert body not in _parties(text)


@pytest.mark.parametrize(
    "text",
    [
        "Treasurer Priya Raghavan wrote to Premier Ana Berg on Monday.",
        "Premier Ana Berg received a letter from Treasurer Priya Raghavan on Monday.",
        "A letter from Treasurer Priya Raghavan to Premier Ana Berg was published on Monday.",
    ],
)
def test_treasurer_is_an_office_before_a_name(text: str) -> None:
    acts = found_acts(text)
    assert [a[1] for a in acts] == ["Priya Raghavan"], acts
