"""A writer told by an epithet in the clause of their own letter: 'B replied on Thursday. In his answer, the
former Portuguese prime minister told A that ...'. 'His' and the clause's subject are one person, so an
office no name holds ('the former Portuguese prime minister', 'the veteran diplomat') as the subject is the
person the possessive names, when the sentence just before tells that person wrote or replied, and the report
ties them to no other state than the epithet names; that person carries the epithet as a role."""

from __future__ import annotations

from spacy.tokens import Token

from .. import names
from .draft import Draft
from .index import PartyIndex
from .mentions import Party, _add_role
from .merge_writers import role_only
from .office_fit import states_of


def epithet_writers(idx: PartyIndex, drafts: list[Draft]) -> None:
    """Give a written draft on "in his/her <noun>" whose writer is an office no name holds the named person
    the possessive stands for."""
    for d in drafts:
        t = d.trigger
        if d.kind == "call" or d.sender is None or not role_only(d.sender):
            continue
        if t.dep_ != "pobj" or t.head.lower_ != "in" or t.head.head.pos_ != "VERB":
            continue
        poss = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if poss is None or poss.i > t.head.head.i:
            continue  # the phrase comes first: "In his answer, the former prime minister told A"
        named = idx.party_at(poss)
        if named is None or named.ptype != "person" or role_only(named) or named in d.recipients:
            continue
        said, theirs = names.states_named(d.sender.name), states_of(named)
        if said and theirs and not said & theirs:
            continue  # "In his message, the Vietnamese leader said": not one the report ties to another state
        if not _wrote_just_before(idx, t, named):
            continue  # "A said C had written to B. In his letter, the former general ...": not A
        _add_role(named, d.sender.name)
        d.sender = named


_WRITING = frozenset({"reply", "respond", "answer", "write"})


def _wrote_just_before(idx: PartyIndex, tok: Token, named: Party) -> bool:
    """The sentence before ``tok``'s tells that ``named`` wrote or replied ("B replied on Thursday."): the
    subject of a verb of writing there, not negated, is that person."""
    doc = tok.doc
    start = tok.sent.start
    if start == 0:
        return False
    prev = doc[start - 1].sent
    return any(
        v.pos_ == "VERB"
        and v.lemma_.lower() in _WRITING
        and not any(c.dep_ == "neg" for c in v.children)
        and any(c.dep_ == "nsubj" and idx.party_at(c) is named for c in v.children)
        for v in prev
    )
