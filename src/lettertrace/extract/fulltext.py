"""Reproduced full texts: a cue ("The full text of the letter is as follows:"), then the
letter itself from salutation to signature. The signature decides who sent it; a headline
that names another sender is flagged.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .. import names
from ..models import Flag, FullText, ReportMeta, Span
from ..names import content_words
from ..nlp import text_of
from . import datex
from .draft import Draft
from .index import PartyIndex
from .mentions import Party, clean_np

CUE_RE = re.compile(
    r"(?:full\s+text|the\s+text\s+of|full\s+letter|text\s+of\s+the|reads?\s+as\s+follows|is\s+as\s+follows|"
    r"(?:reads|read|said|states|says)\s*[:;]\s*$|follows\s+is|publish\s+below|below\s+(?:is|the)|here\s+is\s+the|"
    r"\breads?\s*[:;]|as\s+follows)",
    re.I,
)
COMM_WORD_RE = re.compile(r"\b(?:letter|message|messaged|telegram|cable|note|memo|missive|text)s?\b", re.I)
SALUTATION_RE = re.compile(
    r"^(?:[\"“”'‘]?\s*)(?:dear\b|to\s+(?:his|her|the|h\.?e\.?|mr|mrs|ms|dr|grand|president|prime|king|queen|"
    r"ayatollah|excellency|[A-Z])|mr\.?\s+president|madam|your\s+(?:majesty|excellency|highness|holiness)|"
    r"excellency|sir\b|brother\b)",
    re.I,
)
CLOSING_RE = re.compile(
    r"^(?:sincerely|yours|best\s+regards|regards|with\s+(?:best|warm|kind)|peace\s+(?:and|be)|please\s+accept|"
    r"accept\s+,?\s*(?:mr|excellency|the)|respectfully|faithfully|wassalam|salam|with\s+my\s+highest)",
    re.I,
)
MAX_BLOCK_LINES = 80


@dataclass
class Block:
    start: int
    end: int
    cue: tuple[int, int]
    signer: Party | None
    signature: Span | None
    salutation: Span | None
    addressee: Party | None
    signed_date: dt.date | None


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_blocks(doc: Doc, idx: PartyIndex, report_date: dt.date | None) -> list[Block]:
    """Every reproduced full text in the report."""
    text = text_of(doc)
    lines = [(s, e) for s, e in _lines(text)]
    blocks = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e].strip()
        if line and _is_cue(line):
            blk = _read_block(doc, idx, lines, i + 1, (s, e), report_date)
            if blk is not None:
                blocks.append(blk)
                i = next((k for k, (ls, _) in enumerate(lines) if ls >= blk.end), len(lines))
                continue
        i += 1
    return blocks


def _is_cue(line: str) -> bool:
    if len(line) > 300 or not COMM_WORD_RE.search(line):
        return False
    return bool(CUE_RE.search(line)) and (line.rstrip().endswith((":", ";")) or "follows" in line.lower())


def _read_block(
    doc: Doc,
    idx: PartyIndex,
    lines: list[tuple[int, int]],
    first: int,
    cue: tuple[int, int],
    report_date: dt.date | None,
) -> Block | None:
    text = text_of(doc)
    body = [
        k
        for k in range(first, min(len(lines), first + MAX_BLOCK_LINES))
        if text[lines[k][0] : lines[k][1]].strip()
    ]
    if not body:
        return None
    start = lines[body[0]][0]
    opens_quote = text[start : lines[body[0]][1]].lstrip()[:1] in '"“«„'
    sal = _salutation(text, lines, body[:3])
    for n, k in enumerate(body):
        s, e = lines[k]
        line = text[s:e].strip()
        if (
            n > 0
            and opens_quote
            and line.rstrip().endswith(("”", '"', "»"))
            and not _signature_follows(doc, idx, lines, body, n)
        ):
            return _block(doc, idx, start, e, cue, None, sal, report_date)
        if n >= 1 and _is_signature_line(doc, idx, s, e):
            end_k, sig_end = _signature_extent(doc, lines, body, n)
            signer = _signer(doc, idx, s, e)
            return _block(doc, idx, start, sig_end, cue, (s, sig_end, signer), sal, report_date)
    return None


def _signature_follows(
    doc: Doc, idx: PartyIndex, lines: list[tuple[int, int]], body: list[int], n: int
) -> bool:
    for k in body[n + 1 : n + 4]:
        s, e = lines[k]
        if _is_signature_line(doc, idx, s, e):
            return True
    return False


def _salutation(text: str, lines: list[tuple[int, int]], ks: list[int]) -> tuple[int, int] | None:
    for k in ks:
        s, e = lines[k]
        line = text[s:e].strip()
        if SALUTATION_RE.match(line) and len(line.split()) <= 25:
            off = text[s:e].find(line)
            return (s + off, s + off + len(line))
    return None


def _is_signature_line(doc: Doc, idx: PartyIndex, s: int, e: int) -> bool:
    line = text_of(doc)[s:e].strip().strip('”"’').strip()
    words = line.split()
    if (
        not words
        or len(words) > 12
        or line.endswith((".", "!", "?", ":"))
        and not re.search(r"\b[A-Z][a-z]+\.$", line)
    ):
        if not (
            line.endswith(".") and len(words) <= 10 and _has_person(doc, idx, s, e) and _title_like(line)
        ):
            return False
    if re.fullmatch(r"[A-Z][A-Z]{3,}", line):
        return True  # a Latin or capitalised signature ("FRANCISCUS")
    return _has_person(doc, idx, s, e) and _title_like(line)


def _title_like(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’.-]*", line)
    if not words:
        return False
    caps = sum(1 for w in words if w[0].isupper() or w.lower() in ("of", "the", "and", "al", "bin", "de"))
    return caps / len(words) >= 0.75


def _has_person(doc: Doc, idx: PartyIndex, s: int, e: int) -> bool:
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    return any(t.ent_type_ == "PERSON" for t in span) or any(
        t.i in idx.tok2party and idx.parties[idx.tok2party[t.i]].ptype == "person" for t in span
    )


def _signature_extent(doc: Doc, lines: list[tuple[int, int]], body: list[int], n: int) -> tuple[int, int]:
    """The signature line plus the title, place and date lines right after it."""
    text = text_of(doc)
    end_k = body[n]
    for k in body[n + 1 : n + 4]:
        line = text[lines[k][0] : lines[k][1]].strip()
        if len(line.split()) <= 16 and (_title_like(line) or _date_line(line)) and not line.endswith(("?",)):
            if k - end_k > 3:
                break
            end_k = k
        else:
            break
    return end_k, lines[end_k][1]


def _date_line(line: str) -> bool:
    return bool(datex.find_dates(line, None)) and len(line.split()) <= 8


def _signer(doc: Doc, idx: PartyIndex, s: int, e: int) -> Party | None:
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if t.i in idx.tok2party and idx.parties[idx.tok2party[t.i]].ptype == "person":
            return idx.parties[idx.tok2party[t.i]]
    word = text_of(doc)[s:e].strip().strip(",")
    for p in idx.parties:
        if p.ptype == "person" and any(
            names.token_match(names.fold(word), t) for t in names.core_tokens(p.name)
        ):
            return p
    return None


def _block(
    doc: Doc,
    idx: PartyIndex,
    start: int,
    end: int,
    cue: tuple[int, int],
    sig: tuple[int, int, Party | None] | None,
    sal: tuple[int, int] | None,
    report_date: dt.date | None,
) -> Block:
    signed = None
    if sig is not None:
        for m in datex.find_dates(text_of(doc)[sig[0] : sig[1]], report_date, offset=sig[0]):
            if m.interval.precision == "day" and not m.relative:
                signed = m.interval.earliest
    addressee = _addressee(doc, idx, sal) if sal else None
    return Block(
        start=start,
        end=end,
        cue=cue,
        signer=sig[2] if sig else None,
        signature=Span(sig[0], sig[1]) if sig else None,
        salutation=Span(*sal) if sal else None,
        addressee=addressee,
        signed_date=signed,
    )


def _addressee(doc: Doc, idx: PartyIndex, sal: tuple[int, int]) -> Party | None:
    span = doc.char_span(sal[0], sal[1], alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if t.i in idx.tok2party:
            return idx.parties[idx.tok2party[t.i]]
    return None


def find_full_texts(doc: Doc, idx: PartyIndex, drafts: list[Draft], meta: ReportMeta) -> list[Block]:
    """Find reproduced texts, attach each to its communication, drop triggers found inside them."""
    blocks = find_blocks(doc, idx, meta.published)
    for b in blocks:
        inside = [d for d in drafts if b.start <= d.trigger.idx < b.end]
        for d in inside:
            drafts.remove(d)
        _attach(doc, b, drafts)
    return blocks


def _attach(doc: Doc, b: Block, drafts: list[Draft]) -> None:
    ft = FullText(
        span=Span(b.start, b.end),
        salutation=b.salutation,
        signature=b.signature,
        signer=b.signer.name if b.signer else None,
        signed_date=b.signed_date,
    )
    target = _target_for(b, drafts)
    if target is None and b.signer is not None:
        recips = [b.addressee] if b.addressee is not None else []
        cue_d = _cue_draft(b, drafts)
        if not recips and cue_d is not None:
            recips = list(cue_d.recipients)
        tok = (
            doc.char_span(b.signature.start, b.signature.end, alignment_mode="expand")
            if b.signature
            else None
        )
        trig = tok.root if tok is not None else doc[0]
        target = Draft("letter", trig, b.signer, recips)
        target.sentences.append((b.cue[0], b.cue[1]))
        drafts.append(target)
    if target is not None:
        target.full_text = ft
        if (b.cue[0], b.cue[1]) not in target.sentences:
            target.sentences.append((b.cue[0], b.cue[1]))
        if b.addressee is not None and not target.recipients:
            target.recipients.append(b.addressee)


def _cue_draft(b: Block, drafts: list[Draft]) -> Draft | None:
    for d in drafts:
        if b.cue[0] <= d.trigger.idx < b.cue[1]:
            return d
    return None


def _target_for(b: Block, drafts: list[Draft]) -> Draft | None:
    if b.signer is not None:
        same = [d for d in drafts if d.sender is b.signer and d.kind != "call"]
        if b.addressee is not None:
            to_addr = [d for d in same if b.addressee in d.recipients]
            same = to_addr or same
        if same:
            return same[-1]
        return None
    cue_d = _cue_draft(b, drafts)
    if cue_d is not None and not cue_d.anaphoric:
        return cue_d
    written = [d for d in drafts if d.kind != "call" and d.trigger.idx < b.start and not d.anaphoric]
    return written[-1] if written else cue_d


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
