"""Who is named beside a call without being its party: those present at a call another held ("the
adviser listened in on the conversation with B") and callers told of only as a crowd ("calls from
fellow governors")."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of being present at a call another held ("accompanied the conversation", "listened in on the call").
WITNESSING = frozenset("accompany attend witness observe monitor listen sit follow".split())


def witnessed(tok: Token) -> bool:
    """'The adviser accompanied / attended / listened in on the conversation with B': the subject was
    present at the call, it is no party of it."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in WITNESSING


def from_someone(tok: Token) -> bool:
    """'calls from fellow governors', 'received a flood of calls and letters from other mayors': a 'from'
    with its object, on the noun, a noun joined to it, or a word above it up to its verb."""
    near = [tok, *tok.conjuncts]
    t = tok
    while t.head.i != t.i and t.pos_ != "VERB" and len(near) < 8:
        t = t.head
        near.append(t)
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" for g in c.children)
        for t in near
        for c in t.children
    )
