"""Descriptions a report gives a party it names elsewhere ("the Hungarian leader", "his French
counterpart", "the new president"): once the report's letters, calls and quotes are found, each
description of an office that resolves to one of their parties is an alias of that party, wherever the
description stands (a reader who searches for "the Soviet leader" must find the letters of the man the
report calls so).

A description here is a determiner or a possessive, at least one word of its own (an adjective, a
nationality, a noun before the office) and the office: "the president" alone is said of too many people
to be anyone's alias, and a title before a name ("President A") is read with the name.
"""

from __future__ import annotations

from spacy.tokens import Token

from .index import PartyIndex
from .mentions import ROLE_HEADS, Party, _head_word, _role_class, clean_np

_OWN = {"amod", "compound", "nmod", "npadvmod"}  # a word of the description's own before the office
_OPENING = {"det", "poss"}  # "the", "his", "Norland's"
_DEFINITE = {"the", "this", "that"}


def describe_parties(idx: PartyIndex, used: set[str]) -> None:
    """Add each description of an office in the report that resolves to a party named ``used`` (the
    parties of its letters and quotes) to that party's surface forms."""
    doc = idx.doc
    for tok in doc:
        if tok.i in idx.tok2party or not _office(tok):
            continue
        lefts = [c for c in tok.lefts if c.dep_ in _OWN | _OPENING]
        if not any(c.dep_ in _OWN for c in lefts) or not any(c.dep_ in _OPENING for c in lefts):
            continue
        if any(c.ent_type_ == "PERSON" or c.i in idx.tok2party for c in lefts if c.dep_ == "poss"):
            continue  # "Ana Berg's foreign minister": someone else's office
        if any(c.dep_ == "det" and c.lower_ not in _DEFINITE for c in lefts):
            continue  # "every chief executive", "a senior official": no one in particular
        party = _resolved(idx, tok)
        if party is None or party.ptype != "person" or party.name not in used or not _holds(party, tok):
            continue
        left = min(c.left_edge.i for c in lefts)
        party.add_surface(clean_np(doc[left : tok.i + 1].text))


def _office(tok: Token) -> bool:
    """A noun naming an office, in the singular, heading its own phrase."""
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.tag_ not in ("NNS", "NNPS")
        and tok.dep_ not in ("compound", "amod")
        and _head_word(tok) in ROLE_HEADS
    )


def _resolved(idx: PartyIndex, tok: Token) -> Party | None:
    """The party the description headed by ``tok`` names in this report, if one; the resolution leaves
    the forms and roles of the report's parties as they were (it adds the phrase it read, which may
    reach past the description: "the prime minister of X in Y"), its parties and its lookups."""
    if tok.i in idx.resolved:
        return idx.parties[idx.resolved[tok.i]]
    kept = [(p, list(p.surfaces), list(p.roles)) for p in idx.parties]
    index = (dict(idx.tok2party), dict(idx.resolved), list(idx.mentions))
    found = idx.counterpart(tok) if _head_word(tok) == "counterpart" else idx.resolve_role(tok)
    for p, surfaces, roles in kept:
        p.surfaces[:] = surfaces
        p.roles[:] = roles
    del idx.parties[len(kept) :]  # a holder the resolution made up is no one the report named
    idx.tok2party, idx.resolved, idx.mentions = index
    return found if found is not None and any(found is p for p, _, _ in kept) else None


def _holds(party: Party, tok: Token) -> bool:
    """Whether ``party`` holds the office the description names (or a word the press uses for it: "the
    Norland leader" of a president); a counterpart is anyone's."""
    head = _role_class(_head_word(tok))
    return head == "counterpart" or head in {_role_class(w) for w in party.role_words()}
