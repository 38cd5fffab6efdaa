"""Shapes of the words around a reply that reply_targets reads: the medium a reply verb names, the acts told
just before a reply, an act told as background, a clause with a subject of its own."""

from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft
from .lexicon import noun_kind


def _medium_of(verb: Token) -> Token | None:
    """The communication noun a verb says a text came in: "in a letter", "by telegram", "in the form of a
    telegram", "as a cable"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "by", "as", "through", "via"):
            found = next((g for g in c.children if g.dep_ == "pobj" and noun_kind(g)), None)
            if found is not None:
                return found
    for form in (t for t in verb.subtree if t.lemma_.lower() == "form" and t.head.lower_ == "in"):
        for x in (x for p in form.children if p.lower_ == "of" for x in p.children):
            if noun_kind(x):
                return x  # "came at the beginning of October in the form of a telegram"
    return None


def _told_just_before(told: list[Draft], before: Token) -> list[Draft]:
    """The drafts told in the sentence right before the one of ``before``, in its paragraph: of letters from
    several writers, the one a reply follows at once is the one it answers."""
    sent = before.sent
    if sent.start == 0:
        return []
    prev = before.doc[sent.start - 1].sent
    words = [t for t in prev if not t.is_space]
    first = next((t for t in sent if not t.is_space), before)
    if not words or "\n" in before.doc.text[words[-1].idx : first.idx]:
        return []  # another paragraph
    return [d for d in told if prev.start <= d.trigger.i < prev.end and not told_as_background(d)]


def told_as_background(d: Draft) -> bool:
    """Told in the past perfect ("C had written to B in January"): background, not the letter just answered."""
    verb = d.verb if d.verb is not None else d.trigger.head
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _own_subject_acl(clause: Token) -> bool:
    """'the message that the chair sent to B' parsed as a participle (acl) with a subject of its own: a
    relative clause all the same."""
    return clause.dep_ == "acl" and any(c.dep_ == "nsubj" for c in clause.children)
