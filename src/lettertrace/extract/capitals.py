"""Capitals in a report: the state a capital stands for, and the capital a retold letter went to.

A capital tagged as a place, or alone as a body ("a letter sent to Bern" tagged ORG), stands for its
state's government ("wrote to Moscow", "assured Washington"), unless it modifies a noun ("the Beijing
embassy"). But in "A has written to B ... In the letter, which was sent to Bern on Tuesday, A points out",
'the letter' refers back and 'to Bern' says where it was delivered: the state is no second addressee.
(merge_anaphora._handed_over reads the passive "The note went by courier to the capital" the same way.)
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .. import names
from .draft import Draft
from .mentions import Party
from .office_fit import states_of
from .syntax import _is_anaphoric


def capital_state(ent: Span) -> str | None:
    """The state whose capital the entity ``ent`` names, read as that state ("wrote to Moscow"), else None."""
    if ent.label_ not in ("GPE", "LOC", "ORG") or ent.root.dep_ == "compound":
        return None
    return names.state_of_capital(ent.text)


def sent_to_capital(d: Draft, r: Party) -> bool:
    """``r`` is a state that the retold letter ``d`` names only by its capital, as the object of 'to', or a
    state's embassy it was handed in at (:func:`_state_post`)."""
    if _state_post(d, r):
        return True
    if not _is_anaphoric(d.trigger) or r.ptype != "state":
        return False
    sent = d.trigger.sent
    for e in sent.ents:
        root = e.root
        while root.dep_ == "conj" and root.head.i != root.i:  # "her letters to Athens and Valletta"
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ == "to" and names.state_of_capital(e.text) == r.name:
            return True
    return False


def destination_only(d: Draft, persons_of: list[Party]) -> bool:
    """Every addressee of ``d`` is a capital it was sent to (or the embassy of a state where it was handed in,
    and the other telling names a person of that state), and the other telling names persons the report
    ties to that capital's state ("wrote to the Swiss councillor B ... the letter, sent to Bern") or to no
    state and no body ("wrote to Chancellor B ... His letter, sent to Berlin on Monday"); a person of
    another state or of a body keeps the capital apart ("wrote to the UN chief B ... his letter, which was
    sent to Ankara on Monday": two letters)."""
    if d.recipients and all(_state_post(d, r) for r in d.recipients):
        posts = frozenset().union(*(names.states_named(r.name) for r in d.recipients))
        return any(p.ptype == "person" and states_of(p) & posts for p in persons_of)
    if not d.recipients or not all(sent_to_capital(d, r) for r in d.recipients):
        return False
    persons = [p for p in persons_of if p.ptype == "person"]
    capitals = frozenset().union(*(names.states_named(r.name) for r in d.recipients))
    return bool(persons) and all(
        states_of(p) & capitals or not states_of(p) and not _of_a_body(p) for p in persons
    )


# A state's offices abroad, where a letter to its leader may be handed in.
_POSTS = frozenset({"embassy", "consulate", "mission", "legation"})


def _state_post(d: Draft, r: Party) -> bool:
    """``r`` is a state's embassy or consulate that the retold letter ``d`` was taken to ("delivered the
    letter to the Norland Embassy in Vestria"): where it was handed in, for a person of that state."""
    words = set(names.tokens(r.name))
    return (
        _is_anaphoric(d.trigger)
        and r.ptype == "org"
        and bool(words & _POSTS)
        and bool(names.states_named(r.name))
    )


def _of_a_body(p: Party) -> bool:
    """The person holds an office of a body ("UN Secretary-General B", "EU envoy C"), not of a state."""
    forms = [*p.roles, *p.surfaces, p.org or ""]
    return bool(p.org) or any(
        re.fullmatch(r"[A-Z]{2,6}", w) and not names.states_named(w)
        for f in forms
        for w in re.findall(r"[\w-]+", f)
    )


def similar_to_capital(drafts: list[Draft]) -> None:
    """'A sent a message of solidarity to B. Similar messages reached B's capital from C and D': acts told
    as like an earlier one and sent to a capital went to that act's addressees (in place)."""
    from .another import _ALIKE

    for n, d in enumerate(drafts):
        alike = any(c.dep_ == "amod" and c.lower_ in _ALIKE for c in d.trigger.children)
        if not alike or not d.recipients:
            continue
        written = {names.state_of_capital(e.text) for e in d.trigger.sent.ents} | {
            names.state_of_capital(t.text) for t in d.trigger.sent if t.pos_ == "PROPN"
        }
        if not all(_capital_of(r, written) for r in d.recipients):
            continue
        before = [o for o in drafts[:n] if o.kind == d.kind and o.recipients and o.trigger.i < d.trigger.i]
        last = before[-1].recipients if before else []
        states = {r.name for r in d.recipients} | {
            s for r in d.recipients if (s := names.state_of_capital(r.name))
        }
        if (
            last
            and all(r is not d.sender and r.ptype == "person" for r in last)
            and all(states_of(r) & frozenset().union(*(names.states_named(x) for x in states)) for r in last)
        ):
            d.recipients = list(last)  # (not "reached Moscow" after a message to the Norland president)


def _capital_of(r: Party, written: set[str | None]) -> bool:
    """``r`` is a capital, or the state a capital written in the sentence stands for."""
    return names.state_of_capital(r.name) is not None or r.ptype == "state" and r.name in written
