"""An office with its complement written before a name, the complement joined by 'for' or 'and' in title
case ("Minister for Foreign Affairs and Trade A B", "Cabinet Secretary for Foreign Affairs A B",
"Minister of State for Foreign Affairs A B"), is the person's role; an 'and' that joins an office to a
name ("the Governor and A B") or words of an all-capitals telegram are not. Every sentence is invented."""

from __future__ import annotations

import pytest

from lettertrace import nlp
from lettertrace.extract.index import PartyIndex
from lettertrace.models import Options


def _roles(text: str, name: str) -> list[str]:
    idx = PartyIndex(nlp.parse(text, Options().spacy_model))
    return next(p.roles for p in idx.live() if p.name == name)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Minister of State for Foreign Affairs Grace Otieno wrote to Olaf Brandt on Monday.",
            "Grace Otieno",
            "Minister of State for Foreign Affairs",
        ),
        (
            "Olaf Brandt wrote to Cabinet Secretary for Foreign Affairs Mary Wanjiru on Monday.",
            "Mary Wanjiru",
            "Secretary for Foreign Affairs",
        ),
        (
            "Minister for Foreign Affairs and Trade Penny Walsh wrote to Olaf Brandt on Monday.",
            "Penny Walsh",
            "Minister for Foreign Affairs and Trade",
        ),
        (
            "On Monday, Minister for Trade and Industry John Mensah phoned Olaf Brandt.",
            "John Mensah",
            "Minister for Trade and Industry",
        ),
    ],
)
def test_an_office_with_its_complement_is_the_role(text: str, name: str, role: str) -> None:
    assert role in _roles(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The papers hold letters between the Governor and Charles Morel from 1958.", "Charles Morel"),
        ("The archive keeps the notes of the Chair and Ana Berg on the budget.", "Ana Berg"),
    ],
)
def test_an_and_before_a_name_joins_two_people(text: str, name: str) -> None:
    assert not any("and" in r.split() for r in _roles(text, name))
