"""'In his reply, B thanked A for her letter of 3 May': the letter the verb's 'for' names is the one the
reply answers, read at once; not where the reply goes to another ('In his reply to C') or the thanks are
said aloud ('publicly', 'at a rally', 'to reporters')."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .draft import Draft
from .lexicon import noun_kind
from .mentions import Party
from .reply_checks import AUDIENCES


def thanked_for(finder: Any, verb: Token, writer: Party) -> Draft | None:
    """The letter of ``writer``'s the verb's 'for' names, read now by ``finder`` (the draft finder); None
    when there is none, or when the reply is no written answer to ``writer``."""
    held = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        if g.dep_ == "pobj" and noun_kind(g) not in (None, "call")
    ]
    if not held or _spoken_or_elsewhere(verb):
        return None
    drafts: list[Draft] = finder.drafts
    n = len(drafts)
    finder._noun_trigger(held[0])
    told = [d for d in drafts[n:] if d.trigger.i == held[0].i and d.sender is not None]
    found = next((d for d in told if d.sender is not None and d.sender.key == writer.key), None)
    if found is None:
        del drafts[n:]  # not the thanked one's letter as read here: left to its own reading
    return found


def _spoken_or_elsewhere(verb: Token) -> bool:
    """'In his reply to C, B thanked A ...', 'In reply, B publicly thanked A ... at a rally': the reply goes
    to another, or the thanks are said aloud."""
    held = [t for t in verb.subtree if t.dep_ == "pobj" and t.head.head.lemma_.lower() in ("reply", "answer")]
    if any(t.head.lower_ == "to" for t in held):
        return True  # the reply's own 'to': "In his reply to C"
    if any(c.lower_ in ("publicly", "aloud") for c in verb.children):
        return True
    on_verb = (
        g for c in verb.children if c.dep_ in ("prep", "dative") for g in c.children if g.dep_ == "pobj"
    )
    return any(g.lemma_.lower() in AUDIENCES for g in on_verb)  # not "a reply read out on television"
