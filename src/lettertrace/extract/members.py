"""A plural noun standing for the members it lists: 'leaders including A and B', 'heads of state such as A
and B', 'officials like A'."""

from __future__ import annotations

from spacy.tokens import Token


def listed_members(tok: Token) -> list[Token]:
    """The subject itself with its conjuncts ('A and C'), or the members a plural noun lists ('leaders
    including A, C and D'): each head of a name the phrase counts as one of its own."""
    out = [tok, *tok.conjuncts]
    if tok.tag_ == "NNS" and tok.pos_ == "NOUN":
        for c in tok.children:
            such_as = c.lower_ == "as" and tok.doc[c.i - 1].lower_ == "such"
            if c.dep_ == "prep" and (c.lower_ in ("including", "like") or such_as):
                out += [m for g in c.children if g.dep_ == "pobj" for m in (g, *g.conjuncts)]
    return out


def group_of_members(verb: Token) -> bool:
    """The verb's subject is a plural noun standing for the members it lists: each acted on their own."""
    return any(s.dep_ == "nsubj" and len(listed_members(s)) > 1 + len(s.conjuncts) for s in verb.children)
