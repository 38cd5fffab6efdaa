"""What a verb of answering answers when it is no letter and no person: "replying to the appeal"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .draft import Draft
from .lexicon import noun_kind
from .mentions import ROLE_HEADS, Party, _head_word
from .syntax import to_preps

if TYPE_CHECKING:
    from .arguments import ArgumentFiller

ANSWERABLE = ("greeting", "message", "letter", "note", "congratulation", "condolence")  # what one replies to


def _answers_a_thing(verb: Token) -> bool:
    """'replying to the appeal', 'responded to the criticism': what is answered is a common noun that
    names no letter and no person ('replied to the minister' answers what the minister sent)."""
    objs = [g for p in to_preps(verb) for g in p.children if g.dep_ == "pobj"]
    return bool(objs) and all(
        g.pos_ == "NOUN" and g.lemma_.lower() not in ANSWERABLE and _head_word(g) not in ROLE_HEADS
        for g in objs
    )


def keep_answered_letter(finder: ArgumentFiller, noun: Token, waiting: Party | None) -> None:
    """The letter a reply answers, when the reply itself is not told as sent ("A has yet to receive a reply
    to her letter of 9 March to B"): the letter is told all the same, with its own writer and addressee
    ('her' the one ``waiting`` for the reply, where the pronoun is not resolved otherwise)."""
    kind = noun_kind(noun)
    if kind is None or finder._taken(noun):
        return
    sender, recips = finder._noun_parties(noun, kind)
    if sender is None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        sender = waiting
    recips = [r for r in recips if r is not sender]
    if sender is not None and recips:
        finder._add(Draft(kind, noun, sender, recips))
