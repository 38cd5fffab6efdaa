"""Shapes of the phrases around a reply noun: "released together with B's reply" (a text of its own), "took B
to his reply" (the one shown it owns it), "In her reply, she said" (a pronoun subject)."""

from __future__ import annotations

from spacy.tokens import Token


def _together_with(noun: Token) -> bool:
    """'the letter was released together with B's reply': the reply is a text of its own, not the letter."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and any(c.lower_ == "together" for c in noun.head.children)
    )


def _shown_to(noun: Token, verb: Token) -> list[Token]:
    """'Counsel took B to his reply', 'referred B to her answer': the object of the verb a 'to' hangs on is
    the one the possessive pronoun of its noun means, not the verb's subject."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head.i != verb.i:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")]


def _pronoun_subject(verb: Token) -> bool:
    """The verb's subject is a pronoun ("In her reply, she said"), not a name ("In his reply, B said")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children)
