"""A writer told by an epithet in the clause of their own letter: 'B replied on Thursday. In his answer, the
former Portuguese prime minister told A that ...'. 'His' and the clause's subject are one person, so an
office no name holds ('the former Portuguese prime minister', 'the veteran diplomat') as the subject is the
person the possessive names, and that person carries the epithet as a role."""

from __future__ import annotations

from .. import names
from .draft import Draft
from .index import PartyIndex
from .mentions import _add_role
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
        before = [o for o in drafts if o.kind != "call" and o.trigger.i < t.i and o.sender is not None]
        if before and named in before[-1].recipients:
            continue  # the one written to just before, not the writer
        _add_role(named, d.sender.name)
        d.sender = named
