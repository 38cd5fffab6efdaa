"""Reproduced full texts: after a cue ("The full text of the letter is as follows:"), wherever a
salutation opens a text that a complimentary close or a signature ends, under an e-mail's or a memo's
header of fields (``headers.py``), or under an archival edition's heading (``archival.py``), the letter
itself from its head (place, date, address) to its foot (signature, role, place and date, address: read
by ``letter_foot.py``).

The sender is the principal a secretary signs for ("on behalf of", "for"), else the signer, else the
person a letterhead names; the addressee is the one the salutation or an address line names, else the
recipient the report's own account of the letter gives. A headline that names another sender is flagged.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..models import FullText, ReportMeta, Span
from ..names import content_words
from ..nlp import text_of
from . import archival, headers
from . import signature as sig
from .draft import Draft
from .editors import to_the_paper
from .index import PartyIndex
from .letter_foot import _behalf_between, _behalf_only, _Foot, _foot_at, _head_line
from .lexicon import Kind
from .mentions import ROLE_HEADS, Party, _add_role, clean_np
from .merge import _role_only
from .outlets import outlet
from .written_inside import acts_of_the_writer, told_of_others

CUE_RE = re.compile(
    r"(?:full\s+text|the\s+text\s+of|full\s+letter|text\s+of\s+the|reads?\s+as\s+follows|is\s+as\s+follows|"
    r"(?:reads|read|said|states|says)\s*[:;]\s*$|follows\s+is|publish\s+below|below\s+(?:is|the)|here\s+is\s+the|"
    r"\breads?\s*[:;]|as\s+follows|\b(?:reads?|runs|states|says)\s+in\s+full\b|\bin\s+full\s*[:;])",
    re.I,
)
COMM_WORD_RE = re.compile(r"\b(?:letter|message|messaged|telegram|cable|note|memo|missive|text)s?\b", re.I)
# A letter's heading in an edition of someone's works: "To the King of X [1]", "To Jane Doe".
_TO_HEADING = re.compile(r"^[ \t]*To[ \t]+(?!:)")
MAX_BLOCK_LINES = 80
MAX_HEAD_LINES = 6
_STAMP = re.compile(r"(?i)\b(?:received|recd)\b")
HEAD_REACH = 14  # lines from a text's start to its salutation: two address blocks, a date and a reference


@dataclass
class Block:
    start: int
    end: int
    cue: tuple[int, int] | None
    signer: Party | None
    signature: Span | None
    salutation: Span | None
    addressee: Party | None
    signed_date: dt.date | None
    principal: Party | None = None  # the one a secretary signs for ("on behalf of", "for")
    principal_text: str | None = None
    letterhead: Party | None = None  # a person named above the salutation, for an unsigned text
    kind: Kind = "letter"  # a message under an e-mail's header (headers.py)

    @property
    def sender(self) -> Party | None:
        return self.principal or self.signer or self.letterhead


@dataclass
class _Page:
    doc: Doc
    idx: PartyIndex
    text: str
    lines: list[tuple[int, int]]
    report_date: dt.date | None
    years: list[int]
    title_end: int

    def line(self, k: int) -> str:
        s, e = self.lines[k]
        return self.text[s:e]


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_blocks(doc: Doc, idx: PartyIndex, report_date: dt.date | None, title_end: int = 0) -> list[Block]:
    """Every reproduced full text in the report: after a cue line, or a salutation that a closing or
    a signature answers further down."""
    text = text_of(doc)
    page = _Page(doc, idx, text, _lines(text), report_date, sig.century_years(text), title_end)
    blocks: list[Block] = []
    i = 0
    while i < len(page.lines):
        s, e = page.lines[i]
        line = text[s:e].strip()
        blk = None
        if line and s >= title_end and _is_cue(line):
            blk = _read_block(page, i + 1, (s, e))
        elif line and s >= title_end and sig.salutation(page.line(i)) is not None:
            floor = blocks[-1].end if blocks else 0  # a head never reaches back into the letter before
            blk = _read_block(page, _head_start(page, i, floor), None, sal_at=i)
        elif line and s >= title_end and headers.field(line) is not None:
            blk = headers.read_header(page, i)
        elif line and archival.heading(line) is not None:
            blk = archival.read_heading(page, i, in_title=s < title_end)
        if blk is not None:
            blocks.append(blk)
            i = next((k for k, (ls, _) in enumerate(page.lines) if ls > blk.end), len(page.lines))
            continue
        i += 1
    return blocks


def _is_cue(line: str) -> bool:
    if len(line) > 300 or not COMM_WORD_RE.search(line):
        return False
    if DOC_HEADING.match(line):
        return True  # a document's heading above its text: "Letter dated 12 March 2021 from A addressed to B"
    return bool(CUE_RE.search(line)) and (line.rstrip().endswith((":", ";")) or "follows" in line.lower())


# The heading of a letter published as a document, on a line of its own (the text and its signature follow).
DOC_HEADING = re.compile(
    r"^(?:Identical\s+)?(?:Letters?|Note\s+verbale)\s+dated\s+[^.]{4,40}?\bfrom\b[^.]+\baddressed\s+to\b[^.]+$"
)


def _head_start(page: _Page, k: int, floor: int = 0) -> int:
    """The first line of the head right above a salutation at line ``k`` (after ``floor``)."""
    first, seen = k, 0
    for j in range(k - 1, -1, -1):
        s, e = page.lines[j]
        line = page.text[s:e].strip()
        if not line:
            continue
        if s < max(page.title_end, floor) or not _head_line(line) or seen >= MAX_HEAD_LINES:
            break
        first, seen = j, seen + 1
    return first


def _read_block(
    page: _Page, first: int, cue: tuple[int, int] | None, sal_at: int | None = None
) -> Block | None:
    text = page.text
    body = [k for k in range(first, min(len(page.lines), first + MAX_BLOCK_LINES)) if page.line(k).strip()]
    if not body:
        return None
    start = page.lines[body[0]][0] + len(page.line(body[0])) - len(page.line(body[0]).lstrip())
    if sal_at is None:
        sal_at = next((k for k in body[:HEAD_REACH] if sig.salutation(page.line(k)) is not None), None)
        if sal_at is not None and not all(_head_line(page.line(k)) for k in body if k < sal_at):
            sal_at = None
    opens_quote = text[start : page.lines[body[0]][1]].lstrip()[:1] in '"“«„'
    from_n = body.index(sal_at) + 1 if sal_at is not None else 1
    if sal_at is not None:
        from_n += len(_under_heading(page, body, sal_at))
    for n in range(from_n, len(body)):
        k = body[n]
        s, e = page.lines[k]
        line = text[s:e].strip()
        if (
            opens_quote
            and line.rstrip().endswith(("”", '"', "»"))
            and not sig.is_closing(line)
            and all(_foot_at(page, body, m) is None for m in range(n, n + 4))
        ):
            if cue is None:
                return None
            return _block(page, body, start, e, cue, sal_at, None)
        if sig.is_closing(line):
            m = n + 1
            while (
                m < len(body)
                and m - n <= 3
                and (sig.is_closing(page.line(body[m])) or _behalf_only(page, body[m]))
            ):
                m += 1
            foot = _foot_at(page, body, m, closed=True)
            if foot is None:
                foot = _Foot(end=page.lines[body[m - 1]][1])
            _behalf_between(page, body[n + 1 : m], foot)
            return _block(page, body, start, foot.end, cue, sal_at, foot)
        greeting = n == from_n and sal_at is not None and n + 1 < len(body)  # "Dear A, / Greetings." opens it
        if sig.salutation(page.line(k)) is None and not _address_atop(page, body[:n], k) and not greeting:
            foot = _foot_at(page, body, n)
            if foot is not None:
                _behalf_between(page, body[max(from_n, n - 1) : n], foot)
                return _block(page, body, start, foot.end, cue, sal_at, foot)
    return None


def _address_atop(page: _Page, before: list[int], k: int) -> bool:
    """An addressee's line ("His Excellency Dr. B") with no line of the text's prose above it (one ending a
    sentence): under an invocation ("In the Name of God, ...") it heads the letter as its address, it does
    not sign it."""
    line = page.line(k)
    if not (sig.courteous(line) or sig.address_line(line) is not None):
        return False
    return not any(page.line(b).rstrip().endswith((".", "!", "?", ":", ";", '"', "\u201d")) for b in before)


def _under_heading(page: _Page, body: list[int], sal_at: int) -> list[int]:
    """The date and address lines under a heading "To the King of X [1]" (an edition of someone's works),
    above the text: they head the letter as the lines above a salutation do."""
    if not _TO_HEADING.match(page.line(sal_at)):
        return []
    n = body.index(sal_at) + 1
    out: list[int] = []
    while (
        n + len(out) < len(body) - 1
        and len(out) < MAX_HEAD_LINES
        and _head_line(page.line(body[n + len(out)]))
    ):
        out.append(body[n + len(out)])
    return out


_VOCATIVES = frozenset({"sir", "madam", "madame", "friend", "colleague", "brother", "sister", "sirs"})


def _block(
    page: _Page,
    body: list[int],
    start: int,
    end: int,
    cue: tuple[int, int] | None,
    sal_at: int | None,
    foot: _Foot | None,
) -> Block:
    sal_span, addressee, letterhead, head_date, glued = None, None, None, None, None
    if sal_at is not None:
        s, _ = page.lines[sal_at]
        sal = sig.salutation(page.line(sal_at))
        if sal is not None:
            sal_span = Span(s + sal.start, s + sal.end)
            called = page.line(sal_at)[sal.who[0] : sal.who[1]] if sal.who is not None else ""
            if sal.who is not None and called.strip(" .,:").lower() not in _VOCATIVES:  # not "Dear Sir."
                addressee = sig.party_in(page.doc, page.idx, s + sal.who[0], s + sal.who[1])
            glued = sig.line_date(page.line(sal_at)[: sal.start], page.report_date, page.years)
        for k in [k for k in body if k < sal_at] + _under_heading(page, body, sal_at):
            ks, ke = page.lines[k]
            line = page.line(k)
            if not _STAMP.search(line):  # "RECEIVED 11 MARCH 2024": the day it came in, not its date
                head_date = sig.line_date(line, page.report_date, page.years) or head_date  # the nearest wins
            hs = sig.salutation(line)
            to = sig.address_line(line) or (hs.who if hs is not None and hs.named else None)
            if to is not None or sig.courteous(line):
                who = to or (0, len(line))
                named = sig.party_in(page.doc, page.idx, ks + who[0], ks + who[1])
                if (
                    addressee is None
                    or named is not None
                    and _role_named(addressee)
                    and not _role_named(named)
                ):
                    addressee = named  # "To the King of X" over "His Majesty Leopold,": the one it names
            elif letterhead is None and sig.has_person(page.doc, page.idx, ks, ke):
                letterhead = sig.party_in(page.doc, page.idx, ks, ke, persons=True)
    if foot is not None:
        addressee = addressee or foot.addressee
    signer = foot.signer if foot is not None else None
    if letterhead is not None and letterhead is addressee:
        letterhead = None
    return Block(
        start=start,
        end=end,
        cue=cue,
        signer=signer,
        signature=Span(*foot.signature) if foot is not None and foot.signature else None,
        salutation=sal_span,
        addressee=addressee if addressee is not signer else None,
        signed_date=(foot.date if foot is not None else None) or glued or head_date,
        principal=foot.principal if foot is not None else None,
        principal_text=foot.principal_text if foot is not None else None,
        letterhead=letterhead,
    )


def find_full_texts(doc: Doc, idx: PartyIndex, drafts: list[Draft], meta: ReportMeta) -> list[Block]:
    """Find reproduced texts, attach each to its communication, drop triggers found inside them."""
    title_end = meta.title_span[1] if meta.title_span else 0
    blocks = find_blocks(doc, idx, meta.published, title_end)
    to_the_paper(doc, idx, blocks, meta)  # "Sir, ..." on a letters page: to the paper
    outside = list(drafts)
    for b in blocks:
        inside = [d for d in drafts if b.start <= d.trigger.idx < b.end and not told_of_others(d, b)]
        for d in inside:
            drafts.remove(d)
            outside.remove(d)
    attached: list[Draft | None] = []
    for b in blocks:
        got = _attach(doc, b, drafts, outside)
        if got is not None and not got.recipients and got.sender is not None:
            # "Mr President, Thank you for your letter" under the letter it answers: to that letter's writer
            got.recipients = [
                e.sender for e in attached[::-1] if e and e.sender and got.sender in e.recipients
            ][:1]
        attached.append(got)
    _link_replies(blocks, attached)
    drafts.extend(acts_of_the_writer(doc, idx, blocks, attached))  # "I wrote to President B by the last post"
    return blocks


def _attach(doc: Doc, b: Block, drafts: list[Draft], outside: list[Draft]) -> Draft | None:
    ft = FullText(
        span=Span(b.start, b.end),
        salutation=b.salutation,
        signature=b.signature,
        signer=b.signer.name if b.signer else None,
        signed_date=b.signed_date,
    )
    if b.principal is None and b.principal_text is not None:
        b.principal = _principal_from_drafts(b, outside)
    target = _target_for(b, drafts, text_of(doc))
    if target is None and b.sender is not None:
        recips = [b.addressee] if b.addressee is not None else []
        cue_d = _cue_draft(b, drafts)
        if not recips and cue_d is not None:
            recips = list(cue_d.recipients)
        if not recips:
            recips = next((list(d.recipients) for d in outside if d.sender is b.sender and d.recipients), [])
        anchor = b.signature or b.salutation or Span(b.start, b.end)
        tok = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
        trig = tok.root if tok is not None else doc[0]
        target = Draft(b.kind, trig, b.sender, recips)
        target.sentences.append(b.cue or _first_line(doc, b))
        drafts.append(target)
    if target is not None:
        target.full_text = ft
        if b.cue is not None and b.cue not in target.sentences:
            target.sentences.append(b.cue)
        if b.addressee is not None and not target.recipients:
            target.recipients.append(b.addressee)
        elif (
            b.addressee is not None
            and not _role_named(b.addressee)
            and all(map(_role_named, target.recipients))
        ):
            for r in target.recipients:  # "A wrote to the Governor of X" + the letter addressed to Mr B
                _add_role(b.addressee, r.name)
            target.recipients = [b.addressee]
        elif b.addressee is not None and target.recipients and all(map(_press, target.recipients)):
            target.recipients = [b.addressee]  # "He sent his answer to the Herald" + "Dear B": B's
        elif (
            b.addressee is not None and b.addressee.ptype == "person" and b.addressee not in target.recipients
        ):
            if all(r.ptype == "org" for r in target.recipients):  # "sent it to the X" + "Hon. B:": B too
                target.recipients.append(b.addressee)
    return target


_PRESS_WORDS = frozenset({"paper", "newspaper", "daily", "weekly", "journal", "magazine", "broadsheet"})


def _press(p: Party) -> bool:
    """A newspaper by its name or by what the report calls it ('the Intelligencer, a Washington paper'):
    it printed a letter addressed to another."""
    return outlet(p) or p.ptype != "person" and any(content_words(r) & _PRESS_WORDS for r in p.roles)


def _role_named(p: Party) -> bool:
    """A party the report names only by an office: "the Governor of X", or the place X read from "the
    Mayor of X" (a surface that is an office of somewhere), never a person named with a title."""
    if _role_only(p):
        return True
    for form in [p.name, *p.surfaces]:
        words = form.split()
        words = words[1:] if words[:1] and words[0].lower() == "the" else words
        at = next((n for n, w in enumerate(words[:2]) if w.strip(",.").lower() in ROLE_HEADS), None)
        if at is not None and (form == p.name or words[at + 1 : at + 2] == ["of"]):
            return True
    return False


def _first_line(doc: Doc, b: Block) -> tuple[int, int]:
    text = text_of(doc)
    nl = text.find("\n", b.start, b.end)
    return (b.start, nl if nl > b.start else b.end)


def _principal_from_drafts(b: Block, drafts: list[Draft]) -> Party | None:
    """'for the President': the sender the report gives for this text, when it is not the signer."""
    words = content_words(clean_np(b.principal_text or ""))
    for d in drafts:
        if d.sender is not None and d.sender is not b.signer and d.kind != "call":
            if not words or words <= d.sender.role_words():
                return d.sender
    return None


def _cue_draft(b: Block, drafts: list[Draft]) -> Draft | None:
    if b.cue is None:
        return None
    for d in drafts:
        if b.cue[0] <= d.trigger.idx < b.cue[1]:
            return d
    return None


def _target_for(b: Block, drafts: list[Draft], text: str) -> Draft | None:
    free = [d for d in drafts if d.full_text is None]
    sender = b.sender
    if sender is not None:
        same = [d for d in free if d.sender is sender and d.kind != "call"]
        if b.addressee is not None:
            to_addr = [d for d in same if b.addressee in d.recipients]
            same = to_addr or same
        cue_d = _cue_draft(b, free)
        if cue_d is not None and cue_d.kind != "call" and cue_d.sender in (None, sender) and cue_d.anaphoric:
            cue_d.sender = sender  # the signer's: it merges with the signer's letter that sentence tells of
            return cue_d  # "The full text of the open letter reads:" (not his private one told after it)
        dated = [d for d in same if _tells_day(d, b.signed_date, text)]  # "wrote to B again on 15 July 1790"
        before = [d for d in same if d.trigger.idx < b.start]  # told before the text: "the letter she wrote"
        return dated[-1] if dated else before[-1] if before else same[0] if same else None
    cue_d = _cue_draft(b, free)
    if cue_d is not None and not cue_d.anaphoric:
        return cue_d
    written = [d for d in free if d.kind != "call" and d.trigger.idx < b.start and not d.anaphoric]
    return written[-1] if written else cue_d


def _tells_day(d: Draft, day: dt.date | None, text: str) -> bool:
    """One of the act's sentences names the day the text is dated ("15 July 1790", "July 15, 1790")."""
    if day is None:
        return False
    month = day.strftime("%B")
    forms = (f"{day.day} {month}", f"{month} {day.day}")
    return any(f in text[a:b] and str(day.year) in text[a:b] for a, b in d.sentences for f in forms)


def _link_replies(blocks: list[Block], attached: list[Draft | None]) -> None:
    """A reproduced letter and, further down, the reproduced answer to it: the second answers the first."""
    for i, later in enumerate(attached):
        if later is None or later.reply_to is not None or later.sender is None:
            continue
        for earlier in reversed(attached[:i]):
            if (
                earlier is not None
                and earlier is not later
                and earlier.sender is not None
                and later.sender in earlier.recipients
                and earlier.sender in later.recipients
            ):
                later.reply_to = earlier
                break
