"""Senders of a plural object: "A, B and C have all sent messages to D" is one message of each, also where
the parse keeps only one of the people listed before the verb as its subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lists import party_list_from

if TYPE_CHECKING:
    from .arguments import ArgumentFiller
    from .mentions import Party


def plural_senders(finder: ArgumentFiller, noun: Token) -> list[Party]:
    """Who sent the plural object ``noun`` ("A, B and C have all sent messages to D"): the verb's subjects,
    or, where the parse kept one of a list of people before the verb, each person the list names."""
    verb = noun.head
    subj = finder._subjects(verb)
    nsubj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if len(subj) != 1 or nsubj is None or noun.tag_ not in ("NNS", "NNPS"):
        return subj
    listed = party_list_from(finder.doc, finder.idx, nsubj.left_edge.i)
    if len(listed) > 1 and subj[0] in listed and all(p.ptype == "person" for p in listed):
        return listed
    return subj
