"""The writer of a reply known only by an office the report gives no holder: "A sent a telegram of condolences
to President B on Monday. In a reply telegram sent on Tuesday, the Head of State thanked A for the sympathy."
A reply to A from an office is from the one A's last letter went to, when A wrote to one person; the office
is that person wherever the report names it so (the thanks the reply gives "for the sympathy" are for A's
letter to B)."""

from __future__ import annotations

from spacy.tokens import Token

from ..names import content_words
from .draft import Draft
from .lexicon import cues
from .mentions import ROLE_HEADS, Party, _role_class
from .offices import STATE_HEADS
from .signed import _office_named


def reply_writers(drafts: list[Draft]) -> None:
    """Give each reply from an unheld office the person the answered writer last wrote to (in place)."""
    ordered = sorted(drafts, key=lambda d: d.trigger.i)
    for d in ordered:
        office = d.sender
        if office is None or not _office_named(office) or len(d.recipients) != 1 or not _a_reply(d.trigger):
            continue
        answered = d.recipients[0]
        before = [
            o
            for o in ordered
            if o.trigger.sent.start < d.trigger.sent.start
            and o.sender is answered
            and o.kind_class == "written"
        ]
        if not before or len(before[-1].recipients) != 1:
            continue
        writer = before[-1].recipients[0]
        if (
            writer.ptype != "person"
            or writer is answered
            or writer is office
            or not _may_hold(writer, office)
        ):
            continue
        for o in drafts:  # the office is that person wherever the report names it so
            o.sender = writer if o.sender is office else o.sender
            o.recipients = [writer if r is office else r for r in o.recipients]


def _a_reply(noun: Token) -> bool:
    """'a reply telegram', 'a telegram of reply', 'his reply', 'in response'."""
    replies = cues()["reply_nouns"]
    return noun.lemma_.lower() in replies or any(
        c.lemma_.lower() in replies
        or c.dep_ == "prep"
        and any(g.lemma_.lower() in replies for g in c.children)
        for c in noun.children
    )


def _may_hold(writer: Party, office: Party) -> bool:
    """The writer may hold the office: one the report gives no office, or whose offices share the office's
    own ("the Head of State" is a president or a monarch, never a prime minister)."""
    mine = {_role_class(w) for w in writer.role_words()}
    if not mine & ROLE_HEADS:
        return True
    words = {_role_class(w) for w in content_words(office.name)}
    if "state" in words:
        return bool(mine & STATE_HEADS)
    return bool(mine & words & ROLE_HEADS)
