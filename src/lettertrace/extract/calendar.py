"""Calendar headings of documentary editions and archive catalogues: a line of its own that names a
document's writer, its addressee and its date, with no verb ("No. 47. Chief A to the High Commissioner,
12 June 1895", "12. The Governor to the Secretary of State, 4 July 1957", "Telegram, B to C, 3 May
1921"). Each such line is one communication, of the kind its opening noun names (a letter when none),
dated by the date that ends it. A line with a verb ("A to visit B, 12 June") is a headline's future.
Two more forms of the same: a calendar's entry that opens with its date, year first ("41. 1587, March 3.
Greenwich. WALSINGHAM to BURGHLEY."), and an edition of one person's papers that heads each letter "To B"
over its place and date ("THE CORRESPONDENCE OF A" ... "To B" / "Paris, 2 February 1808")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .. import names
from ..english_words import is_english_word
from ..nlp import text_of
from .archival import caps_name
from .datex import find_dates
from .draft import Draft
from .index import PartyIndex
from .lexicon import Kind, noun_kind
from .mentions import INSTITUTION_HEADS, Party
from .syntax import _is_role_noun

MAX_LINE = 160
# An opening document number ("No. 47.", "47.", "[47]") and a document noun with its comma or 'from'.
_NUMBER = re.compile(r"^\s*(?:(?:No|Doc|Document)\.?\s*)?\[?\d{1,4}[A-Za-z]?\]?[.:)]?\s+")
# The date the heading ends with: a year of four figures in its last words ("12 June 1895", "June 1895").
_DATE_END = re.compile(
    r",\s*(?P<date>(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"(?:1[5-9]|20)\d\d)\.?\s*$"
)


# A calendar's entry that opens with its date: "41. 1587, March 3. Greenwich. WALSINGHAM to BURGHLEY." (a
# number, the date with its year first, up to two places, then the writer's name and the addressee; the
# summary may follow on the same line).
_DATE_FIRST = re.compile(
    r"^\s*(?:(?:No|Doc)\.?\s*)?\[?\d{1,4}\]?[.:)]\s+(?P<date>(?:1[5-9]|20)\d\d,\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)\."
    r"(?:\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\.){0,2}\s+(?P<writer>(?:(?:the|of|de|van|von|[A-Z][\w'’-]*)\s+){0,5}?[A-Z][\w'’-]*)\s+to\s+(?P<to>[^.\n]+?)(?:\.\s|\.?$)"
)


# An edition of one person's papers ("The Papers of A", "THE COLLECTED TELEGRAMS OF A, 1864") heads each
# document "To B" on a line of its own, its place and date on the lines below: A wrote it.
_OWNER = re.compile(
    r"\b(?i:papers|letters|correspondence|telegrams|despatches|dispatches|writings)\s+(?i:of)\s+"
    r"(?P<name>[A-Z][A-Za-z.'’ -]{2,40}?)\s*(?:[,:(\n]|$)"
)
_TO_LINE = re.compile(
    r"^\s*(?i:to)\s+(?P<to>[A-Z][^\n,(]{2,60}?)\s*(?:,[^\n]{0,40})?(?:\(\d{1,3}\)|\[\d{1,3}\])?\s*$"
)
_DATE_LINE = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _owner(text: str) -> str | None:
    """The person whose papers the page prints, as its title names them in its first lines."""
    m = _OWNER.search("\n".join(text.split("\n")[:4]))
    return m["name"].strip() if m else None


def _no_party(span: Span) -> bool:
    """A side of an entry that names a place or a common word, no one who writes ("Kyiv", "Leaders")."""
    words = [t for t in span if t.is_alpha]
    place = names.is_state_name(span.text) or names.state_of_capital(span.text) is not None
    return place or len(words) == 1 and is_english_word(words[0].text)


def _to_heading(doc: Doc, idx: PartyIndex, start: int, m: re.Match[str], owner: str) -> Draft | None:
    """'To B' over a place and date line with a year (within the three lines below), in an edition of A's
    papers: A's letter to B."""
    at = start + m.end() + 1
    dated = None
    for line in text_of(doc)[at : at + 240].split("\n")[:3]:
        found = find_dates(line, None) if _DATE_LINE.search(line) and len(line) <= 80 else []
        if found:  # "Paris, 20 December 1787": a place and date line
            dated = doc.char_span(at + found[0].span.start, at + found[0].span.end, alignment_mode="expand")
            break
        at += len(line) + 1
    if dated is None:
        return None
    writer = caps_name(idx, owner.upper(), start)
    to_text = m["to"].strip()
    span = doc.char_span(
        start + m.start("to"), start + m.start("to") + len(to_text), alignment_mode="contract"
    )
    recipient = caps_name(idx, to_text.upper(), start + m.start("to"))
    if recipient is None and span is not None:
        recipient = _party_in(idx, span)
    if writer is None or recipient is None or writer is recipient or span is None:
        return None
    d = Draft("letter", span[0], writer, [recipient], verb=None)
    d.sentences.append((start, start + m.end()))
    d.anchors.extend(t.i for t in dated)
    return d


def calendar_heads(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """One draft for each calendar heading of the report that no draft with its parties stands on yet (a
    draft of the heading's noun alone gives way to it)."""
    text = text_of(doc)
    out: list[Draft] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        found = _heading(doc, idx, start, end) if 8 <= len(line.strip()) <= MAX_LINE else None
        if found is None and (entry := _DATE_FIRST.match(line)) is not None:
            found = _entry(doc, idx, start, entry, out[-1].recipients[0] if out else None)
        if found is None and (to := _TO_LINE.match(line)) is not None and (owner := _owner(text)) is not None:
            found = _to_heading(doc, idx, start, to, owner)
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


def _entry(doc: Doc, idx: PartyIndex, start: int, m: re.Match[str], last: Party | None) -> Draft | None:
    """The letter of a calendar entry that opens with its date; "to the same" is the last entry's addressee."""
    sides = []
    for group in ("writer", "to"):
        text = m.group(group).strip()
        if text.lower() in ("the same", "same") and group == "to":
            sides.append(last)
            continue
        words = text.split()  # "WALSINGHAM", "Sir Amias Paulet": a name (not "the Privy Council", an office)
        person = all(w[:1].isupper() for w in words) and not {w.lower() for w in words} & INSTITUTION_HEADS
        span = doc.char_span(start + m.start(group), start + m.end(group), alignment_mode="contract")
        if span is None or _no_party(span):
            return None  # "4. 2024, March 2. Paris. A to Kyiv.", "Leaders to Brussels": a journey, no letter
        named = caps_name(idx, text.upper(), start + m.start(group)) if person else None
        sides.append(named or _party_in(idx, span))
    sender, recipient = sides
    to = doc.char_span(start + m.end("writer"), start + m.start("to"), alignment_mode="expand")
    date = doc.char_span(start + m.start("date"), start + m.end("date"), alignment_mode="expand")
    if sender is None or recipient is None or sender is recipient or to is None or date is None:
        return None
    d = Draft("letter", to[-1] if to[-1].lower_ == "to" else to[0], sender, [recipient], verb=None)
    d.sentences.append((start, start + m.end()))
    d.anchors.extend(t.i for t in date)
    return d
