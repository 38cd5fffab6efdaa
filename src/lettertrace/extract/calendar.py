"""Calendar headings of documentary editions and archive catalogues: a line of its own that names a
document's writer, its addressee and its date, with no verb ("No. 47. Chief A to the High Commissioner,
12 June 1895", "12. The Governor to the Secretary of State, 4 July 1957", "Telegram, B to C, 3 May
1921"). Each such line is one communication, of the kind its opening noun names (a letter when none),
dated by the date that ends it. A line with a verb ("A to visit B, 12 June") is a headline's future."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..nlp import text_of
from .draft import Draft
from .index import PartyIndex
from .lexicon import Kind, noun_kind
from .mentions import Party
from .syntax import _is_role_noun

MAX_LINE = 160
# An opening document number ("No. 47.", "47.", "[47]") and a document noun with its comma or 'from'.
_NUMBER = re.compile(r"^\s*(?:(?:No|Doc|Document)\.?\s*)?\[?\d{1,4}[A-Za-z]?\]?[.:)]?\s+")
# The date the heading ends with: a year of four figures in its last words ("12 June 1895", "June 1895").
_DATE_END = re.compile(
    r",\s*(?P<date>(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"(?:1[5-9]|20)\d\d)\.?\s*$"
)


def calendar_heads(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """One draft for each calendar heading of the report that no draft with its parties stands on yet (a
    draft of the heading's noun alone gives way to it)."""
    text = text_of(doc)
    out: list[Draft] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        found = _heading(doc, idx, start, end) if 8 <= len(line.strip()) <= MAX_LINE else None
        on_line = [d for d in drafts if start <= d.trigger.idx < end]
        if found is not None and not any(d.sender is not None and d.recipients for d in on_line):
            for d in on_line:
                drafts.remove(d)  # "Telegram, A to B, 3 May 1921": the noun alone named no one
            out.append(found)
        start = end + 1
    return out


def _heading(doc: Doc, idx: PartyIndex, start: int, end: int) -> Draft | None:
    line = text_of(doc)[start:end]
    dated = _DATE_END.search(line)
    if dated is None:
        return None
    body_start = start + (m.end() if (m := _NUMBER.match(line)) else 0)
    span = doc.char_span(body_start, start + dated.start(), alignment_mode="contract")
    date = doc.char_span(start + dated.start("date"), start + dated.end("date"), alignment_mode="expand")
    if span is None or date is None or len(span) < 3:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.text[:1].islower() for t in span) or "\n" in span.text:
        return None  # "A to visit B": a headline's plan; "wrote to B": a sentence
    if any(t.tag_ == "POS" or t.i > span.start and noun_kind(t) for t in span):
        return None  # "The Leader's response to a letter by A, 5 April 2018": a headline about a letter
    tos = [t for t in span if t.lower_ == "to"]
    if len(tos) != 1:
        return None
    to = tos[0]
    kind, first = _opening_kind(span)
    sender = _party_in(idx, doc[max(first, span.start) : to.i])
    recipient = _party_in(idx, doc[to.i + 1 : span.end])
    if sender is None or recipient is None or sender is recipient:
        return None
    d = Draft(kind, to, sender, [recipient], verb=None)
    d.sentences.append((start, end))
    d.anchors.extend(t.i for t in date)
    return d


def _opening_kind(span: Span) -> tuple[Kind, int]:
    """The kind a heading's opening noun names ("Telegram, A to B", "Letter from A to B") and where the
    writer's name starts after it; a letter from the start when there is none."""
    first = span[0]
    kind = noun_kind(first) if first.text[:1].isupper() else None
    if kind is None or kind == "call":
        return "letter", span.start
    i = first.i + 1
    while i < span.end and (span.doc[i].is_punct or span.doc[i].lower_ in ("from", "of")):
        i += 1
    return kind, i


def _party_in(idx: PartyIndex, words: Span) -> Party | None:
    """The one party a stretch of a heading names: a name, or an office the report resolves."""
    keys = list(dict.fromkeys(idx.tok2party[t.i] for t in words if t.i in idx.tok2party))
    parties = [idx.parties[k] for k in keys]
    persons = [p for p in parties if p.ptype == "person"]
    if len(persons) == 1:
        return persons[0]
    if not parties and len(words):
        root: Token = words.root  # "the Secretary of State": its head word, an office
        if root.pos_ not in ("NOUN", "PROPN"):
            return None
        return (
            idx.resolve_role(root, np=words.text.strip(" ,")) if _is_role_noun(root) else idx.party_at(root)
        )
    return parties[0] if len(parties) == 1 else None
