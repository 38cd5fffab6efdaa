"""The record of a telephone call kept as a document: a heading "Memorandum of Telephone Conversation" (or
"Telephone Conversation", "Telcon", "Record of a Telephone Call"), its date line, and a list of the
participants under a "Participants" label, one to a line ("Secretary of State A" / "Ambassador B (in
Stockholm)"). With two participants named, the record is their call, of the day its date line gives. A
memorandum of a conversation held in person names no call."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..nlp import text_of
from . import signature as sig
from .draft import Draft
from .index import PartyIndex
from .mentions import Party

_HEADING = re.compile(
    r"^\s*(?:\d{1,4}\.\s+)?(?:(?:Memorandum|Record|Transcript|Notes?)\s+of\s+(?:an?\s+)?)?"
    r"(?:Tele(?:phone|phonic)\s+(?:Conversation|Call)|Telcon)\b[^\n]{0,40}$",
    re.I,
)
_PARTICIPANTS = re.compile(r"^\s*(?:PARTICIPANTS|Participants)\s*:?\s*(?P<rest>[^\n]*)$")
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
MAX_LINES = 8  # how far below the heading its date and participants may stand
MAX_PARTICIPANTS = 4


def telephone_records(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """A call for each record of a telephone conversation whose participants are two parties."""
    text = text_of(doc)
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    out: list[Draft] = []
    for k, (s, e) in enumerate(lines):
        if not _HEADING.match(text[s:e]):
            continue
        below = [(a, b) for a, b in lines[k + 1 : k + 1 + MAX_LINES] if text[a:b].strip()]
        dated = next(
            ((a, b) for a, b in below if _YEAR.search(text[a:b]) and len(text[a:b].split()) <= 10), None
        )
        people = _participants(doc, idx, text, lines, k)
        if dated is None or len(people) != 2:
            continue
        heading = doc.char_span(s, e, alignment_mode="contract")
        if heading is None:
            continue
        on = [d for d in drafts if s <= d.trigger.idx < e]
        for d in on:
            drafts.remove(d)  # "Memorandum": a record, no letter
        d = Draft("call", heading.root, people[0], [people[1]], verb=None)
        d.sentences.extend([(s, e), dated])
        date = doc.char_span(*dated, alignment_mode="contract")
        d.anchors.extend(t.i for t in date or [] if t.ent_type_ == "DATE" or t.like_num)
        out.append(d)
    return out


def _participants(doc: Doc, idx: PartyIndex, text: str, lines: list[tuple[int, int]], k: int) -> list[Party]:
    """The parties listed one to a line under a 'Participants' label below heading line ``k``."""
    for j in range(k + 1, min(len(lines), k + 1 + MAX_LINES)):
        a, b = lines[j]
        m = _PARTICIPANTS.match(text[a:b])
        if m is None:
            continue
        rows = [(a + m.start("rest"), b)] if m["rest"].strip() else []
        for a2, b2 in lines[j + 1 : j + 1 + MAX_PARTICIPANTS + 1]:
            if not text[a2:b2].strip():
                if rows:
                    break
                continue
            rows.append((a2, b2))
        found: list[Party] = []
        for a2, b2 in rows[: MAX_PARTICIPANTS + 1]:
            bare = re.sub(r"\s*\([^)]*\)\s*$", "", text[a2:b2])  # "(in Stockholm)"
            p = sig.party_in(doc, idx, a2, a2 + len(bare), persons=True)
            if p is not None and p not in found:
                found.append(p)
        return found
    return []
