"""'The president-elect' where the report calls no one so: the one person it tells won the election or was
elected or sworn in ("A won the election", "A, the winner of the election", "A was sworn in on Sunday"), if
there is exactly one; not one elected or sworn in to another office ("elected speaker", "sworn in as judge")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .. import names
from .mentions import ROLE_HEADS, Party, _head_word
from .office_fit import states_of

_WON_VERBS = frozenset({"win", "elect", "swear", "inaugurate"})
_WON_NOUNS = frozenset({"winner", "victor"})
_HIGH = frozenset({"president", "presidency", "office", "power", "head"})
_VOTES = frozenset({"election", "vote", "poll", "presidency", "runoff", "ballot"})


def the_elected(
    np: str, tok: Token, tok2party: dict[int, int], party_at: Callable[[Token], Party | None]
) -> Party | None:
    """The one person told to have won an election or been elected or sworn in to no other office (of the
    state ``np`` names, if it names one), never one named in ``tok``'s own sentence (the writer to the
    president-elect)."""
    here = {tok2party.get(t.i) for t in tok.sent}
    states = names.states_named(np)
    found: dict[int, Party] = {}
    for t in tok.doc:
        if t.sent == tok.sent:
            continue
        if t.pos_ == "VERB" and t.lemma_.lower() in _WON_VERBS and not _other_office(t):
            winners = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            winners = [t.head if w.lower_ in ("who", "that") and t.dep_ == "relcl" else w for w in winners]
        elif t.lemma_.lower() in _WON_NOUNS and t.dep_ == "appos":
            winners = [t.head]  # "A, the winner of the election,"
        elif (
            t.lower_ in ("election", "victory")
            and t.dep_ == "pobj"
            and t.head.lower_ == "on"
            and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children)
        ):
            winners = [
                c for c in t.head.head.children if c.dep_ == "dobj"
            ]  # "congratulated A on her election"
        else:
            continue
        for w in winners:
            named = w.pos_ == "PROPN" or w.lower_ in ("he", "she", "him", "her")  # (A, who was sworn in)
            p = party_at(w) if named else None
            if p is None or p.ptype != "person" or p.key in here:
                continue
            if not states or not states_of(p) or states & states_of(p):  # "Vestria's president-elect"
                found[p.key] = p
    return next(iter(found.values())) if len(found) == 1 else None


def _other_office(verb: Token) -> bool:
    """'elected speaker', 'sworn in as judge', 'won the chess title': an office or prize other than a state's
    leadership (a complement that is another role, or a thing won that is no election)."""
    for c in verb.children:
        if c.dep_ in ("oprd", "attr", "xcomp") and _head_word(c) in ROLE_HEADS - {"president"}:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("as", "to")
            and any(g.lemma_.lower() not in _HIGH for g in c.children)
        ):
            return True  # "sworn in as judge", "elected to the Legislature" (not "elected to the presidency")
        if (
            c.dep_ == "dobj"
            and verb.lemma_.lower() == "win"
            and not any(w.lemma_.lower() in _VOTES for w in c.subtree)
        ):
            return True
    return False
