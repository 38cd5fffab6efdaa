"""Every form a report writes a party's name in, with the titles and descriptions of its phrase ("Indian
PM A B", "then prime minister A B", "The President of the Republic, A B", "A B, Managing Director, C"),
is an alias of the party's entity in the register; forms that only border on the name ("the A
administration", "wished A B a speedy recovery", another person's name) are not. Every sentence here is
invented."""

from __future__ import annotations

import pytest

from lettertrace.models import PartyMention
from lettertrace.resolve import Member, resolve_entities
from test_extract import report, run


def _party(text: str, name: str) -> PartyMention:
    parties = run(report(text)).extraction.parties
    return next(p for p in parties if p.name == name)


def _forms(text: str, name: str) -> set[str]:
    p = _party(text, name)
    return {p.name, *p.aliases, *p.seen}


@pytest.mark.parametrize(
    ("text", "name", "form"),
    [
        # a nationality and an abbreviated office before the name, whatever the parser made of them
        ("Indian PM Ravi Menon wrote to Olaf Brandt on Monday.", "Ravi Menon", "Indian PM Ravi Menon"),
        (
            "Olaf Brandt answered a letter from Kenyan PM Ravi Menon on Monday.",
            "Ravi Menon",
            "Kenyan PM Ravi Menon",
        ),
        # passive, with the possessive after the name
        (
            "A letter was sent to Olaf Brandt by Dr. Ravi Menon's office on Monday.",
            "Ravi Menon",
            "Dr. Ravi Menon",
        ),
        # 'then' belongs to the office it dates
        (
            "Then prime minister Anna Berg wrote to Olaf Brandt in 1971.",
            "Anna Berg",
            "Then prime minister Anna Berg",
        ),
        (
            "Olaf Brandt wrote to then prime minister Anna Berg in 1971.",
            "Anna Berg",
            "then prime minister Anna Berg",
        ),
        # an office with its complement before the name
        (
            "UK envoy to the UN Sir Tom Reed sent a cable to Olaf Brandt on Monday.",
            "Tom Reed",
            "UK envoy to the UN Sir Tom Reed",
        ),
        # the body the person is 'of'
        (
            "Olaf Brandt wrote to Grand Mufti Omar Haddad of Norland on Monday.",
            "Omar Haddad",
            "Grand Mufti Omar Haddad of Norland",
        ),
        # an office set off after the name, with the body after it
        (
            "A letter from Ed Marlow, Managing Director of Norland Trust, reached the minister.",
            "Ed Marlow",
            "Ed Marlow, Managing Director of Norland Trust",
        ),
        # a relation before the name
        (
            "Brandt's wife Ilse Brandt wrote to Anna Berg on Monday.",
            "Ilse Brandt",
            "Brandt's wife Ilse Brandt",
        ),
    ],
)
def test_the_phrase_around_a_name_is_a_form_of_the_party(text: str, name: str, form: str) -> None:
    assert form in _forms(text, name)


@pytest.mark.parametrize(
    ("text", "name", "bad"),
    [
        # the name qualifies a noun: the article is the noun's
        (
            "Olaf Brandt wrote to Anna Berg on Monday. The Berg administration did not answer.",
            "Anna Berg",
            "The Berg",
        ),
        # an object after the name is no office set off beside it
        (
            "Olaf Brandt wrote to Anna Berg on Monday, wishing Anna Berg a speedy recovery.",
            "Anna Berg",
            "Anna Berg a speedy recovery",
        ),
        # a person's surname inside another person's name
        (
            "Olaf Brandt wrote to Anna Berg on Monday. Her husband Karl Berg was present.",
            "Anna Berg",
            "Karl Berg",
        ),
        # a dateline before the name is no title
        (
            "NORTOWN, 3 May 2021 - Prime Minister Anna Berg wrote to Olaf Brandt on Monday.",
            "Anna Berg",
            "3 May 2021 - Prime Minister Anna Berg",
        ),
        # an 'of' that is the verb's, not the body the person is of
        (
            "Olaf Brandt wrote to Anna Berg on Monday, warning Anna Berg of grave consequences.",
            "Anna Berg",
            "Anna Berg of grave consequences",
        ),
        # a list of people with their offices
        (
            "The letter to Olaf Brandt was signed by Anna Berg, President, Karl Vint, Secretary.",
            "Anna Berg",
            "Anna Berg, President, Karl Vint, Secretary",
        ),
        # the middle of an office's complement
        (
            "Secretary of State Anna Berg wrote to Olaf Brandt on Monday.",
            "Anna Berg",
            "State Anna Berg",
        ),
        # a party's office is no form of the body it heads
        (
            "Olaf Brandt wrote to the General Secretary of the Norland Workers Party on Monday.",
            "Norland Workers Party",
            "General Secretary of the Norland Workers Party",
        ),
    ],
)
def test_words_that_only_border_on_a_name_are_no_form_of_it(text: str, name: str, bad: str) -> None:
    parties = run(report(text)).extraction.parties
    forms = {f for p in parties if p.name == name for f in (p.name, *p.aliases, *p.seen)}
    assert bad not in forms


def test_the_forms_become_aliases_of_the_entity_but_never_match_names() -> None:
    a = PartyMention("Ravi Menon", "person", seen=("Indian PM Ravi Menon",))
    b = PartyMention("Ravi Menon", "person")
    ents, emap = resolve_entities([Member("r1", a), Member("r2", b)])
    (ent,) = [e for e in ents if e.name == "Ravi Menon"]
    assert ("Indian PM Ravi Menon", "name", "r1") in [tuple(x) for x in ent.aliases]
    assert emap[("r1", "Ravi Menon")] == emap[("r2", "Ravi Menon")]
