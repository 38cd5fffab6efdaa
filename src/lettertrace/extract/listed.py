"""Senders or addressees set out as a list under a colon, as agencies and government releases write
round-ups: "The Emir received cables of condolence. The cables came from:" followed by lines "- King A of
X;", "- President B of Y;" ... ; "The Minister sent letters to:" and one addressee a line.

A plural message, cable or letter with one side of the exchange known (its addressee, or its sender)
opens such a list when its sentence, or the short line after it, ends in a colon that says which side
the list gives ("came from:", "sent to:", "The senders were:") and that side is the one the message
lacks. Each line after that opens with a list mark (a dash, a bullet, a number) and names one party: the
first person or body the line names. Each line is then one message, with the line's party on
that side and the opening message's party on the other, dated as the opening message is.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..nlp import sent_of
from .draft import Draft
from .index import PartyIndex
from .mentions import Party

_MARK = re.compile(r"\s*(?:[-–—•▪●◦*·]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+\S")
# "came from:", "sent to:", "from the following:", "from the following leaders on the loss of ...:"
_SIDE = re.compile(r"\b(from|by|to)\s*(?:the\s+following\b[^:\n]*)?:\s*$", re.I)
MAX_INTRO = 120  # a line that only introduces the list ("The cables came from:")
MAX_ITEMS = 30


def listed_parties(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """One draft per listed party for each plural message whose list follows it."""
    out: list[Draft] = []
    for d in drafts:
        if (
            d.kind == "call"
            or d.trigger.tag_ not in ("NNS", "NNPS")
            or (d.sender is None) == (not d.recipients)
        ):
            continue  # a call, one message, or one whose two sides are both known or both unknown
        sent = sent_of(d.trigger)
        found = _list_after(doc, sent.end_char, sent.start_char)
        if found is None:
            continue
        intro, items = found
        senders = _side(intro)
        if senders is None or senders != (d.sender is None):
            continue  # "A sent cables ... from:" - the list gives a side the message already has
        for start, end in items:
            party = _first_party(doc, idx, start, end)
            if party is None or party is d.sender or party in d.recipients:
                continue
            sender, recipients = (party, list(d.recipients)) if senders else (d.sender, [party])
            out.append(
                Draft(
                    d.kind, d.trigger, sender, recipients, sentences=[*d.sentences, (start, end)], verb=d.verb
                )
            )
    return out


def _side(intro: str) -> bool | None:
    """True when the line before the list says it lists senders ("came from:", "The senders were:"), False
    when addressees ("sent to:"), None when it says neither ("The agenda included:")."""
    side = _SIDE.search(intro)
    if side is not None:
        return side.group(1).lower() in ("from", "by")
    if re.search(r"\b(?:senders|signatories)\b", intro, re.I):
        return True
    return False if re.search(r"\b(?:addressees|recipients)\b", intro, re.I) else None


def _list_after(doc: Doc, at: int, start: int) -> tuple[str, list[tuple[int, int]]] | None:
    """(the introducing text, the spans of the list's lines) when the text at ``at`` (the end of the
    message's sentence, which starts at ``start``) ends in a colon or goes on with one short line ending in
    a colon, then a list."""
    text = doc.text
    before = text[start:at].rstrip()
    lines = _lines(text, at)
    intro = before
    if not before.endswith(":"):
        if not lines or len(lines[0][2]) > MAX_INTRO or not lines[0][2].rstrip().endswith(":"):
            return None
        intro = lines.pop(0)[2]
    items = []
    for start, end, line in lines[:MAX_ITEMS]:
        if not _MARK.match(line):
            break
        items.append((start, end))
    return (intro, items) if len(items) >= 2 else None


def _lines(text: str, at: int) -> list[tuple[int, int, str]]:
    """The non-empty lines from ``at`` on (start, end, text), up to the first of too many."""
    out = []
    for m in re.finditer(r"[^\n]+", text[at : at + 6000]):
        if m.group().strip():
            out.append((at + m.start(), at + m.end(), m.group()))
        if len(out) > MAX_ITEMS + 1:
            break
    return out


def _first_party(doc: Doc, idx: PartyIndex, start: int, end: int) -> Party | None:
    """The first person or body a list line names (a person before the body they lead)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    keys = [idx.tok2party[t.i] for t in span if t.i in idx.tok2party]
    parties = [idx.parties[k] for k in keys]
    person = next((p for p in parties if p.ptype == "person"), None)
    return person or next((p for p in parties if p.ptype != "state"), None)
