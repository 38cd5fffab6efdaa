"""Reproduced e-mail and memo headers: consecutive lines of fields ("From:", "To:", "Cc:", "Date:",
"Sent:", "Subject:", or a memo's "MEMORANDUM FOR") head a text whose sender the "From" line names and
whose addressee the "To" or "Memorandum for" line names, sent on the day the "Date" or "Sent" line gives.
An e-mail's header makes a message, a memo's a letter (as the nouns do in ``cues.yaml``). The text runs
from the header to the end of the paragraph after it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import Span
from . import signature as sig
from .mentions import Party

if TYPE_CHECKING:
    from .fulltext import Block, _Page

FIELD_RE = re.compile(
    r"^[ \t]*(?P<field>from|to|cc|bcc|date|sent|subject|re|memorandum\s+for|memo\s+to|attention)[ \t]*:?[ \t]*"
    r"(?P<value>\S.*)?$",
    re.I,
)
MAX_FIELDS = 8
MEMO_RE = re.compile(r"\bmemo(?:randum)?\b", re.I)


def field(line: str) -> tuple[str, int, int] | None:
    """The field a header line holds, lower-cased with single spaces, and where its value lies in the line
    (None when the line is no header field, or a field with no value). "From"/"To" need their colon:
    "From the start, ..." is running text."""
    m = FIELD_RE.match(line)
    if m is None or m["value"] is None or len(line) > 200:
        return None
    name = " ".join(m["field"].lower().split())
    if ":" not in line[: m.start("value")] and not name.startswith(("memorandum", "memo")):
        return None
    return name, m.start("value"), m.end("value")


def read_header(page: _Page, k: int) -> Block | None:
    """The text whose header starts at line ``k``: a "From" line and an addressee line among at most
    :data:`MAX_FIELDS` field lines in a row."""
    from .fulltext import Block

    fields: dict[str, tuple[int, int, int]] = {}  # field -> line, value start, value end (in the text)
    j = k
    while j < len(page.lines) and j - k < MAX_FIELDS:
        s, _ = page.lines[j]
        f = field(page.line(j))
        if f is None:
            break
        fields.setdefault(f[0], (j, s + f[1], s + f[2]))
        j += 1
    to = fields.get("to") or fields.get("memorandum for") or fields.get("memo to")
    frm = fields.get("from")
    if frm is None or to is None:
        return None
    head = page.text[page.lines[max(0, k - 1)][0] : page.lines[j - 1][1]]  # the fields and the line above
    if not ({"date", "sent", "subject", "cc", "bcc", "re"} & set(fields) or MEMO_RE.search(head)):
        return None  # "From: Freeport / To: Marrow": a route, not a header
    sender = _party(page, frm[1], frm[2])
    addressee = _party(page, to[1], to[2], exclude=sender)
    if sender is None or addressee is None or "state" in (sender.ptype, addressee.ptype):
        return None  # places: a journey or a shipment
    dated = fields.get("date") or fields.get("sent")
    day = sig.line_date(page.text[dated[1] : dated[2]], page.report_date, page.years) if dated else None
    end = page.lines[j - 1][1]
    body = next((n for n in range(j, len(page.lines)) if page.line(n).strip()), None)
    if body is not None and body - j <= 1:  # the paragraph right after the header is the text
        n = body
        while n < len(page.lines) and page.line(n).strip():
            end = page.lines[n][1]
            n += 1
    return Block(
        start=page.lines[k][0],
        end=end,
        cue=None,
        signer=sender,
        signature=Span(frm[1], frm[2]),
        salutation=None,
        addressee=addressee,
        signed_date=day,
        kind="letter" if MEMO_RE.search(head) else "message",
    )


def _party(page: _Page, s: int, e: int, exclude: Party | None = None) -> Party | None:
    """The party a field's value names (the first, when it lists several; an address in angle brackets
    or after the name is left out): one the report knows, else the person whose name the value is (two
    to four capitalised words) though spaCy did not tag it."""
    value = page.text[s:e]
    cut = min((i for i in (value.find(c) for c in "<;,([") if i > 0), default=len(value))
    e = s + len(value[:cut].rstrip())
    found = sig.party_in(page.doc, page.idx, s, e, exclude=exclude)
    if found is not None:
        return found
    words = page.text[s:e].split()
    span = page.doc.char_span(s, e, alignment_mode="contract")
    if span is None or not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    person = page.idx.name_person(span)
    return person if person is not exclude else None
