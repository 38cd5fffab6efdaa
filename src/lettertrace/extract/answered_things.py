"""What a verb of answering answers when it is no letter and no person: "replying to the appeal"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .draft import Draft
from .lexicon import blocked, noun_kind
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


def keep_answered_letter(
    finder: ArgumentFiller, noun: Token, waiting: Party | None, reply: Token | None = None
) -> None:
    """The letter a reply answers, when the reply itself is not told as sent ("A has yet to receive a reply
    to her letter of 9 March to B"): the letter is told all the same, with its own writer and addressee
    ('her' the one ``waiting`` for the reply, where the pronoun is not resolved otherwise). A ``reply`` its
    writer is told to have received ("A received a reply to a letter she sent to B") is the addressee's
    answer to it."""
    kind = noun_kind(noun)
    if kind is None or finder._taken(noun):
        return
    sender, recips = finder._noun_parties(noun, kind)
    if sender is None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        sender = waiting
    relative = [g for c in noun.children if c.dep_ == "relcl" for g in c.children if g.dep_ == "nsubj"]
    if sender is None and relative and relative[0].pos_ == "PRON":
        sender = waiting  # "a reply to a letter they sent to B": the receivers of the reply wrote it
    recips = [r for r in recips if r is not sender]
    if sender is not None and recips:
        letter = finder._add(Draft(kind, noun, sender, recips))
        if reply is not None and len(recips) == 1 and received_by(reply, sender, finder):
            finder._add(Draft("letter", reply, recips[0], [sender], verb=reply.head)).reply_to = letter


def received_by(reply: Token, writer: Party, finder: ArgumentFiller) -> bool:
    """'A received a reply', 'A got a reply' (not "A has yet to receive", "A hopes to receive"): the writer
    of the letter answered is the one told to have received the reply."""
    verb = reply.head
    if (
        reply.dep_ != "dobj"
        or verb.lemma_.lower() not in ("receive", "get")
        or blocked(verb)
        or blocked(reply)
        or any(c.dep_ == "prep" and c.lower_ == "from" for w in (reply, verb) for c in w.children)
    ):
        return False  # (not "a reply to her letter to B from his secretary, C": C's, told elsewhere)
    return any(p is writer for p in finder._subjects(verb))
