"""'A and Algerian President B exchanged messages' with A parsed into B's name (an 'nmod' of it): the
other side of the exchange is a person named in the subject's phrase, before its head, across an 'and'."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .mentions import Party
from .trigger_checks import subject_tokens


def named_within(party: Callable[[Token], Party | None], verb: Token, one: Party) -> list[Party]:
    """Persons other than ``one`` named in the phrase of the subject of ``verb`` before its head, where an
    'and' stands in that phrase."""
    out: list[Party] = []
    for s in subject_tokens(verb):
        left = [t for c in s.lefts for t in c.subtree]
        if not any(t.lower_ == "and" for t in left):
            continue
        for t in left:
            p = party(t) if t.pos_ == "PROPN" and t.dep_ != "compound" else None
            if p is not None and p.ptype == "person" and p is not one and p not in out:
                out.append(p)
    return out
