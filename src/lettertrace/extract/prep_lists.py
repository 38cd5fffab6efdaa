"""Parties listed after a preposition that the parser did not read as a list."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .. import names
from ..nlp import sent_of
from .lists import party_list_from
from .mentions import ROLE_HEADS, _head_word

if TYPE_CHECKING:
    from .mentions import Party


def listed_after_prep(reader: Any, prep: Token) -> list[Party]:
    """The sides listed after 'with' or 'between' when the parser hung one name on another ("spoke with
    Sudland President A and Ostmark Premier B", A read as B's modifier; "letters between the minister of
    X, A, and the minister of Y, B"): read as a list from the preposition's object on, only when another
    party's name modifies the object."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ not in ("with", "between") or pobj is None:
        return []
    own = reader.idx.tok2party.get(pobj.i)
    inner = [
        t for t in pobj.subtree if t.dep_ in ("nmod", "compound", "poss") and t.i in reader.idx.tok2party
    ]
    if not any(reader.idx.tok2party[t.i] != own for t in inner):
        return []
    return party_list_from(reader.doc, reader.idx, prep.i + 1)


def to_past_partner(with_prep: Token) -> list[Token]:
    """'A wrote jointly with B, the head of X, to C': the 'to' set off after the partner, which the parser
    hung on the partner (B) instead of on the verb."""
    return [
        t
        for o in with_prep.children
        if o.dep_ == "pobj"
        for t in o.children
        if t.dep_ == "prep" and t.lower_ == "to" and t.i > 0 and t.doc[t.i - 1].text == ","
    ]


# Verbs of a message coming in: 'in the name of A' beside them names its addressee.
ARRIVING = frozenset({"arrive", "come", "pour", "flood", "stream", "reach", "receive", "continue", "keep"})


def in_the_name_of(verb: Token) -> list[Token]:
    """'telegrams continue to arrive in the name of the President, A, from ...': the 'of' of 'in the name of'
    under a verb of arriving or receiving, which in translated agency English names the addressee (of an
    act one sends, 'in the name of' says on whose behalf, and is not read here)."""
    if verb.lemma_.lower() not in ARRIVING:
        return []
    return [
        of
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for n in c.children
        if n.dep_ == "pobj" and n.lower_ == "name" and any(d.lower_ == "the" for d in n.children)
        for of in n.children
        if of.dep_ == "prep" and of.lower_ == "of"
    ]


def addressed_in_name(reader: Any, verb: Token) -> list[Party]:
    """The parties 'in the name of' names beside a verb of arriving or receiving (see ``in_the_name_of``)."""
    return [p for of in in_the_name_of(verb) for p in reader._pobj_parties(of)]


def went_on(verb: Token, motions: Collection[str]) -> Token | None:
    """The verb of motion a verb of going on governs ("continued to pour in", "kept coming")."""
    if verb.lemma_.lower() not in ("continue", "begin", "start", "keep"):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in motions), None)


def from_beside_name(reader: Any, verb: Token) -> Party | None:
    """'arrive in the name of B from A': the 'from' the parser hung on 'name'."""
    return next((p for of in in_the_name_of(verb) for p in reader._prep_parties(of.head, ("from",))), None)


def office_holders_listed(reader: Any, prep: Token) -> list[Party]:
    """'to his counterparts in X, Y and Z - A, B and C -': the names set off after the places of a plural
    office are its holders, read as the list after the preposition."""
    doc = prep.doc
    office = next((c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NNS"), None)
    if office is None or _head_word(office) not in ROLE_HEADS:
        return []
    of = next((c for c in office.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from")), None)
    if of is None:
        return []
    k, end = of.i + 1, sent_of(prep).end
    while k < end and (names.is_state_word(doc[k].text) or doc[k].lower_ in ("and", "the", ",")):
        k += 1
    if k + 1 >= end or k == of.i + 1 or doc[k - 1].text != "," and doc[k].text not in ("-", "–", "—"):
        return []
    k += doc[k].text in ("-", "–", "—")
    p = reader.idx.tok2party.get(k)
    return (
        party_list_from(doc, reader.idx, k)
        if p is not None and reader.idx.parties[p].ptype == "person"
        else []
    )


# Words whose 'to' names a source or a comparison, never an addressee ("according to", "thanks to").
SOURCE_WORDS = frozenset({"according", "due", "thanks", "owing", "contrary", "compared", "close", "next"})
