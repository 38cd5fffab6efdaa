"""A phrase set off before a clause's 'that': 'A announced, in a message to B, that C would leave'. The
parser may hang 'in a message' on the verb of the 'that' clause; it tells of the verb the clause is the
object of (A's announcing), and so does the message's sender."""

from __future__ import annotations

from spacy.tokens import Token


def before_that(verb: Token, tok: Token) -> Token:
    """The verb a word before the 'that' of ``verb``'s clause belongs to: the clause's head, or ``verb``."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if (
        mark is not None
        and tok.i < mark.i
        and verb.dep_ in ("ccomp", "advcl")
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        return verb.head
    return verb
