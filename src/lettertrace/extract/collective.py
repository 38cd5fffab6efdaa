"""A noun phrase that names many, no single party: 'the two leaders', 'both sides', 'leaders' (but not
'the people of Guatemala', the many of one place)."""

from __future__ import annotations

from spacy.tokens import Token


def _collective(tok: Token) -> bool:
    """'the two leaders', 'both sides', 'leaders': no single party."""
    if any(
        c.lower_ in ("two", "both", "three", "all", "several", "many") and not _correlative(c, tok)
        for c in tok.children
    ):
        return True
    if tok.lower_ in ("two", "both", "pair") and tok.dep_ in ("nsubj", "nsubjpass"):
        return True  # "The two spoke by phone", "The pair talked on Tuesday", "Both wrote to B"
    return tok.tag_ in ("NNS",) and tok.pos_ == "NOUN" and not _of_one_place(tok)


def _correlative(word: Token, tok: Token) -> bool:
    """'both the governor of X and the judge': 'both' before two joined phrases pairs them, each one party."""
    return (
        word.lower_ == "both"
        and word.dep_ in ("predet", "preconj")
        and tok.tag_ == "NN"
        and bool(tok.conjuncts)
    )


def _of_one_place(tok: Token) -> bool:
    """'the people of Guatemala', 'the citizens of Norland': the many of one place, not two sides ("the
    presidents of X and Y" are two)."""
    of = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return (
        len(of) == 1
        and of[0].ent_type_ in ("GPE", "LOC")
        and not any(t.dep_ == "conj" or t.lower_ == "and" for t in of[0].subtree)
    )
