"""Answers to acts a report does not tell of: 'A wrote back to B', 'A replied to B on Monday', 'In his reply,
A thanked B', 'A sent a reply message to B', 'in response, A phoned B'. The act stays as told; its draft
and then its mention record that it answers something (``answers``), so that linking may find what it
answers among the acts other reports tell (lettertrace.link_replies)."""

from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft
from .lexicon import cues


def mark_untold_answers(drafts: list[Draft]) -> None:
    """Set ``answers`` on each draft told as an answer that answers no act of the report, and on each act
    of the same writer to one it answered ("A writes back to B and C" over "In letters dated 6 May, A
    thanked B and C"): told again, not as an answer."""
    told = [d for d in drafts if d.reply_to is None and told_as_answer(d)]
    pairs = {(d.sender.key, r.key) for d in told if d.sender is not None for r in d.recipients}
    for d in drafts:
        if d.reply_to is None and not d.implied and d.sender is not None:
            d.answers = any((d.sender.key, r.key) in pairs for r in d.recipients)


def told_as_answer(d: Draft) -> bool:
    """The act is told as an answer: its word is one of answering ('replied', 'a reply', 'a response'), it
    is written, rung or sent 'back', or 'in reply' / 'in response'; or its word compounds a reply ('a reply
    message')."""
    replies = set(cues()["reply_verbs"]) | set(cues()["reply_nouns"])
    heads = [t for t in (d.trigger, d.verb) if t is not None]
    if any(t.lemma_.lower() in replies for t in heads):
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in replies for c in d.trigger.children):
        return True
    return any(_back_or_in_reply(c, replies) for t in heads for c in t.children)


def _back_or_in_reply(c: Token, replies: set[str]) -> bool:
    if c.dep_ in ("prt", "advmod") and c.lower_ == "back":
        return True  # "wrote back", "called back"
    return (
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in replies for g in c.children)
    )  # "in reply", "in response to a request"
