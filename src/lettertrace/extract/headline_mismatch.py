"""The flag a report earns when its headline names a sender other than the signer of the text it
reproduces (a page whose headline names one leader over a letter signed by another)."""

from __future__ import annotations

from .. import names
from ..models import Flag, FullText, ReportMeta, Span
from ..names import content_words
from ..nlp import text_of
from .draft import Draft
from .mentions import Party, clean_np


def headline_flags(drafts: list[Draft], meta: ReportMeta, title_senders: list[Party]) -> list[Flag]:
    """Flag a report whose headline names a sender other than the signer of the text it reproduces."""
    if not meta.title_span or not title_senders:
        return []
    t0, t1 = meta.title_span
    flags = []
    for d in drafts:
        ft = d.full_text
        if not isinstance(ft, FullText) or ft.signer is None or d.sender is None:
            continue
        if any(p is d.sender or _belongs(d.sender, p) for p in title_senders):
            continue
        body = text_of(d.trigger.doc)[t1:]
        told = [  # other letters whose sender the body of the report names too
            x.sender
            for x in drafts
            if x is not d
            and x.sender is not None
            and x.full_text is None
            and any(len(f) > 3 and f in body for f in [x.sender.name, *x.sender.surfaces])
        ]
        if any(p is s or _belongs(s, p) for p in title_senders for s in told):
            continue  # the headline is about another letter the report also tells of: no mismatch
        msg = (
            f"headline attributes the letter to {title_senders[0].name}, but the text it reproduces is signed by "
            f"{d.sender.name}"
        )
        ev = tuple(x for x in (Span(t0, t1), ft.signature) if x is not None)
        flag = Flag("headline_sender_mismatch", msg, ev)
        d.flags.append(flag)
        flags.append(flag)
    return flags


def _belongs(person: Party, other: Party) -> bool:
    if other.ptype == "person":
        return names.same_person(person.name, other.name)
    words = content_words(other.name)
    text = " ".join([*person.roles, person.org or "", *person.surfaces])
    return bool(words) and words <= content_words(clean_np(text))
