"""'B has replied to the signatories in a letter dated 8 April. The reply, addressed to C, who coordinated
them, answers ...': a definite reply with no owner, told right after a reply, is that reply, and the
participle names its addressee (one of a group, or the one the first telling left unnamed)."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_number
from .draft import Draft
from .lexicon import cues
from .reply_checks import object_of

# How many sentences back the reply told before may stand.
REACH = 2


def addressed_told_reply(noun: Token, drafts: list[Draft]) -> tuple[Draft, Token] | None:
    """The reply told before that ``noun`` ("The reply, addressed to C, ...") names again, and the word
    of its addressee (C), or None."""
    if noun.lemma_.lower() not in cues()["reply_nouns"] or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
        c.dep_ in ("poss", "compound") for c in noun.children
    ):
        return None
    addressed = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "address"), None)
    to = (
        next((c for c in addressed.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        if addressed
        else None
    )
    whom = object_of(to)
    if whom is None:
        return None
    n = sent_number(noun)
    answers = {*cues()["reply_nouns"], *cues()["reply_verbs"]}
    told = [
        d
        for d in drafts
        if d.trigger.i < noun.i
        and 0 <= n - sent_number(d.trigger) <= REACH
        and d.sender is not None
        and (d.reply_to is not None or any(t.lemma_.lower() in answers for t in (d.trigger, d.verb) if t))
    ]
    return (told[-1], whom) if told else None
