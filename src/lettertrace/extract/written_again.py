"""An act told as done again: "the Premier wrote again on Monday", "A again phoned B", "A wrote to B
once more". It is another act than the one told before (merge keeps them apart), and a bare "A wrote
again" goes to those A wrote to last."""

from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft
from .mentions import Party


def told_again(*heads: Token | None) -> bool:
    """One of ``heads`` (the verb, the noun) is modified by 'again', 'once more' or an ordinal time ('a
    third time', 'for the second time')."""
    for t in heads:
        for c in t.children if t is not None else ():
            if c.lower_ == "again" or c.lower_ == "more" and c.i > 0 and c.doc[c.i - 1].lower_ == "once":
                return True
            if (
                _ordinal_time(c)
                or c.dep_ == "prep"
                and c.lower_ == "for"
                and any(_ordinal_time(g) for g in c.children)
            ):
                return True
    return False


def _ordinal_time(tok: Token) -> bool:
    """'a third time', 'the second time': 'time' with an ordinal after the first."""
    return tok.lemma_.lower() == "time" and any(
        a.dep_ == "amod" and a.ent_type_ == "ORDINAL" and a.lower_ not in ("first", "last")
        for a in tok.children
    )


def addressees_again(verb: Token, drafts: list[Draft], writer: Party) -> list[Party]:
    """'A wrote to B on Friday. A wrote again on Monday': B, the addressees of the last written act A was
    told to send before ``verb``; [] when the verb is not told as done again or A sent nothing before."""
    if not told_again(verb):
        return []
    sent = verb.sent
    if any(d.sender is not None and d.sender.key == writer.key and d.trigger.sent == sent for d in drafts):
        return []  # "In response, A wrote again": the reply its noun tells already
    last = next(
        (
            d
            for d in reversed(drafts)
            if d.trigger.i < verb.i
            and d.kind != "call"
            and d.sender is not None
            and d.sender.key == writer.key
            and d.recipients
        ),
        None,
    )
    return list(last.recipients) if last is not None else []
