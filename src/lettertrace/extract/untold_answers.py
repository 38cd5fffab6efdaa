"""Answers to acts a report does not tell of: 'A wrote back to B', 'A replied to B on Monday', 'In his reply,
A thanked B', 'A sent a reply message to B', 'in response, A phoned B'. The act stays as told; its draft
and then its mention record that it answers something (``answers``), so that linking may find what it
answers among the acts other reports tell (lettertrace.link_replies)."""

from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft
from .lexicon import cues, noun_kind


def mark_untold_answers(drafts: list[Draft]) -> None:
    """Set ``answers`` on each draft told as an answer that answers no act of the report, and on each act
    of the same writer to one it answered, told again ("A writes back to B and C" over "In letters dated 6
    May, A thanked B and C"), not as another act ("another letter", "A had also written to B")."""
    told = [d for d in drafts if d.reply_to is None and told_as_answer(d)]
    pairs = {(d.sender.key, r.key) for d in told if d.sender is not None for r in d.recipients}
    for d in drafts:
        if d.reply_to is None and not d.implied and d.sender is not None:
            other = any(c.lower_ in ("another", "further", "second", "new") for c in d.trigger.children)
            again = not other and not any(c.lower_ == "also" for c in (d.verb or d.trigger).children)
            d.answers = d in told or again and any((d.sender.key, r.key) in pairs for r in d.recipients)


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
        and any(g.dep_ == "pobj" and g.lemma_.lower() in replies and _to_a_letter(g) for g in c.children)
    )  # "in reply", "in reply to B's letter" (not "in response to a request from C")


def _to_a_letter(reply: Token) -> bool:
    """The reply's 'to' names a communication, or the reply has no 'to'."""
    to = [g for x in reply.children if x.lower_ == "to" for g in x.children if g.dep_ == "pobj"]
    return not to or any(noun_kind(g) is not None for g in to)
