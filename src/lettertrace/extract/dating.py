"""Dates and output: each merged draft becomes a CommMention with its date interval and reply link."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from .. import names
from ..models import (
    CommMention,
    DateInterval,
    Flag,
    PartyMention,
    ReportMeta,
    Span,
)
from ..nlp import text_of
from . import datex
from .draft import Draft
from .index import PartyIndex
from .mentions import Party
from .syntax import dateline_tokens

# ---------------------------------------------------------------- dates and output


def build_mentions(doc: Doc, drafts: list[Draft], meta: ReportMeta) -> list[CommMention]:
    """Turn merged drafts into CommMention facts, resolving dates and reply links."""
    report_date = meta.published
    clause = [_clause_dates(doc, d, report_date) for d in drafts]
    dates = [draft_date(d, found, report_date, drafts) for d, found in zip(drafts, clause, strict=True)]
    for i, d in enumerate(drafts):
        if d.reply_to is not None and d.reply_to in drafts:
            j = drafts.index(d.reply_to)
            dates[j] = _bounded_by_reply(dates[j], dates[i], d.reply_to)
    out = []
    for d, date, found in zip(drafts, dates, clause, strict=True):
        reply = drafts.index(d.reply_to) if d.reply_to is not None and d.reply_to in drafts else None
        flags = _date_flags(found) + d.flags
        out.append(
            CommMention(
                kind=d.kind,  # type: ignore[arg-type]
                sender=_pm(d.sender),
                recipients=tuple(_pm(r) for r in d.recipients if r is not None),  # type: ignore[misc]
                date=date,
                mentions=tuple(Span(s, e) for s, e in sorted(set(d.sentences))),
                in_reply_to=reply if reply != drafts.index(d) else None,
                implied=d.implied,
                full_text=d.full_text,
                flags=tuple(flags),
                trigger=d.trigger.text,
            )
        )
    return out


def _pm(p: Party | None) -> PartyMention | None:
    return None if p is None else p.mention()


def draft_date(
    d: Draft, found: list[DateInterval], report_date: dt.date | None, drafts: list[Draft]
) -> DateInterval:
    """The date of one communication: its signature, the date words around its triggers, or the recent past."""
    ft = d.full_text
    if ft is not None and ft.signed_date is not None:
        return DateInterval(ft.signed_date, ft.signed_date, "day", ft.signature, "signature date")
    if found:
        return found[0]
    if d.implied or report_date is None:
        return DateInterval()
    if any(o.reply_to is d for o in drafts) and d.verb is None:
        return DateInterval()
    return datex.recent_past(report_date)


def _in_tokens(doc: Doc, offset: int, toks: set[int]) -> bool:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and span[0].i in toks


def _clause_dates(doc: Doc, d: Draft, report_date: dt.date | None) -> list[DateInterval]:
    out = []
    dateline = dateline_tokens(doc)  # cached per document
    anchors = set(d.anchors) | {d.trigger.i}
    if d.verb is not None:
        anchors.add(d.verb.i)
    for s, e in d.sentences:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        for m in datex.find_dates(span.text, report_date, offset=s):
            if (
                not m.interval.known
                or _in_dateline(m.span.start, doc)
                or _in_tokens(doc, m.span.start, dateline)
            ):
                continue
            tok = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if tok is None or _attached(tok.root, anchors):
                out.append(m.interval)
    return out


def _in_dateline(offset: int, doc: Doc) -> bool:
    text = text_of(doc)
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line.split()) <= 8 and not line.rstrip().endswith(".")


def _attached(tok: Token, anchors: set[int]) -> bool:
    t = tok
    for _ in range(6):
        if t.i in anchors:
            return True
        if t.head is t:
            return False
        if (
            t.pos_ in ("VERB", "AUX")
            and t.i not in anchors
            and t.dep_ not in ("advcl", "xcomp", "conj", "acl", "relcl")
        ):
            return t.i in anchors
        t = t.head
    return False


def _bounded_by_reply(own: DateInterval, reply: DateInterval, target: Draft) -> DateInterval:
    if reply.latest is None:
        return own
    if own.latest is None or own.latest > reply.latest:
        return DateInterval(
            own.earliest if own.earliest and own.earliest <= reply.latest else None,
            reply.latest,
            own.precision if own.earliest else "unknown",
            own.span,
            "before the reply",
        )
    return own


def _date_flags(dates: list[DateInterval]) -> list[Flag]:
    days = {x.earliest for x in dates if x.precision == "day"}
    if len(days) > 1:
        ev = tuple(x.span for x in dates if x.span is not None)
        return [
            Flag("date_conflict", f"the report gives {len(days)} different days for this communication", ev)
        ]
    return []


def _parties_used(idx: PartyIndex, drafts: list[Draft], qs: list, paras: list) -> list[PartyMention]:  # type: ignore[type-arg]
    names_used = {p.name for d in drafts for p in [d.sender, *d.recipients] if p is not None}
    names_used |= {q.speaker.name for q in [*qs, *paras] if q.speaker is not None}
    named = {p.name for p in idx.parties if p.ptype == "person" and len(names.core_tokens(p.name)) >= 2}
    return [p.full() for p in idx.parties if p.name in names_used or p.name in named]
