"""The foot of a reproduced letter, and the lines of its head: the signature, with the role, place,
date, address and "on behalf of" lines right after it (:mod:`.fulltext` reads the letter around them)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import signature as sig
from .mentions import Party, _add_role

if TYPE_CHECKING:
    from .fulltext import _Page

# The closing formula of a treaty-style letter: where and when it was made.
DONE_AT = re.compile(r"(?:done|given|made|signed|written)\s+(?:at|in)\s+\S", re.I)
MAX_FOOT_LINES = 5


@dataclass
class _Foot:
    end: int
    signer: Party | None = None
    signature: tuple[int, int] | None = None
    addressee: Party | None = None
    principal: Party | None = None
    principal_text: str | None = None
    date: dt.date | None = None


def _head_line(line: str) -> bool:
    """A line of a letter's head: place, date, letterhead, address (short, no running text)."""
    body = sig.unquote(line)
    short = 0 < len(body.split()) <= 10 and not sig.is_sentence(body) and not body.endswith("?")
    short = short and (not body.endswith(":") or sig.courteous(body))  # "Hon. A B:", not "The letter reads:"
    long_address = (  # "H.E. Mr B, President of the Republic of X" (not "H.E. Mr B has not replied.")
        sig.address_line(body) is not None and not sig.is_sentence(body) and not body.endswith((":", "."))
    )
    return short or (sig.routing(body) or long_address) and len(body.split()) <= 20


def _behalf_only(page: _Page, k: int) -> bool:
    line = sig.unquote(page.line(k))
    return len(line.split()) <= 12 and sig.behalf(line) is not None and not sig.is_sentence(line)


def _behalf_between(page: _Page, ks: list[int], foot: _Foot) -> None:
    for k in ks:
        if foot.principal_text is None and _behalf_only(page, k):
            _set_principal(page, k, foot)


def _set_principal(page: _Page, k: int, foot: _Foot) -> None:
    s, _ = page.lines[k]
    span = sig.behalf(page.line(k))
    if span is None:
        return
    foot.principal_text = page.line(k)[span[0] : span[1]]
    foot.principal = sig.party_in(page.doc, page.idx, s + span[0], s + span[1], exclude=foot.signer)


def _foot_at(page: _Page, body: list[int], n: int, closed: bool = False) -> _Foot | None:
    """A signature at body line ``n`` and the role, place, date and address lines right after it."""
    if n >= len(body):
        return None
    k = body[n]
    s, e = page.lines[k]
    if not _is_signature_line(page, s, e, closed):
        return None
    foot = _Foot(end=e, signature=(s, e))
    foot.signer = sig.signer_at(page.doc, page.idx, s, e)
    foot.date = (
        sig.line_date(page.line(k), page.report_date, page.years) if len(page.line(k).split()) > 3 else None
    )
    if foot.date is None and n >= 1:
        # "Done at Askara, 10 January 2024." or "Askara, 10 January 2024" right above the name
        before = page.line(body[n - 1]).strip()
        placed = len(before.split()) <= 5 and re.fullmatch(r"[A-Z][\w.'’ -]*,\s*\S.*", before) is not None
        if len(before.split()) <= 8 and (DONE_AT.match(before) or placed):
            foot.date = sig.line_date(before, page.report_date, page.years)
    addressing = False
    for j in body[n + 1 : n + 1 + MAX_FOOT_LINES]:
        if j - k > 3:
            break
        js, je = page.lines[j]
        line = page.text[js:je].strip()
        salutes = sig.salutation(line) is not None and not _THIRD_PERSON_ADDRESS.match(line)
        if salutes or _heads_next_letter(page, body, j) or sig.routing(line):
            break  # "Ilse Marenko / Havnsund, 11 June 2024 / Mr President,": the next letter begins
        date = sig.line_date(line, page.report_date, page.years)
        if date is not None and len(line.split()) <= 10 and not _prose(line):
            foot.date = foot.date or date
        elif _behalf_only(page, j) or (sig.behalf(line) and sig.title_like(line) and len(line.split()) <= 16):
            if foot.principal_text is None:
                _set_principal(page, j, foot)
        elif sig.courteous(line) or (
            sig.caps_name(line) and sig.party_in(page.doc, page.idx, js, je, exclude=foot.signer)
        ):
            addressing = True
            if foot.addressee is None:
                who = sig.address_line(line)
                foot.addressee = sig.party_in(
                    page.doc, page.idx, js + (who[0] if who else 0), je, exclude=foot.signer
                )
        elif not (
            len(line.split()) <= (8 if addressing else 16)
            and (sig.title_like(line) or sig.caps_name(line))
            and not line.endswith("?")
        ):
            break
        elif (
            not addressing
            and foot.signer is not None
            and foot.signer.ptype == "person"
            and sig.title_like(line)
        ):
            _add_role(foot.signer, line)  # "Minister for Foreign Affairs of Norland" under the name
        foot.end, k = je, j
    if foot.signature is not None and not addressing:
        foot.signature = (foot.signature[0], foot.end)
    return foot


# "His Excellency / Mr A / President of X" under the signature: the addressee's block, in the third person
# (a salutation speaks to the addressee: "Excellency,", "Your Excellency,").
_THIRD_PERSON_ADDRESS = re.compile(
    r"^(?:His|Her|Their)\s+(?:Royal\s+)?(?:Excellency|Majesty|Highness|Holiness|Eminence)\b"
)


def _heads_next_letter(page: _Page, body: list[int], j: int) -> bool:
    """A head line (place, date) right above a salutation: the next letter's head, not this foot."""
    after = [k for k in body if k > j][:2]
    return any(sig.salutation(page.line(k)) is not None for k in after) and all(
        _head_line(page.line(k)) for k in body if j <= k < (after[-1] if after else j)
    )


def _is_signature_line(page: _Page, s: int, e: int, closed: bool = False) -> bool:
    line = sig.unquote(page.text[s:e])
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1].strip()  # "(A B)": a signature printed in brackets under the close
    words = line.split()
    if not words or sig.salutation(line) is not None or sig.is_closing(line) or sig.routing(line):
        return False
    if closed and len(words) <= 8 and sig.name_form(line):
        return True  # the name right after a complimentary close
    head, _, office = line.partition(",")
    if closed and office and len(head.split()) <= 6 and sig.title_like(office) and not line.endswith("."):
        # "Hon. A B, Minister for Foreign Affairs, Republic of X": a signer with office on one line
        return sig.has_person(page.doc, page.idx, s, s + len(head) + 1)
    abbreviated = len(words) > 1 and re.search(r"\b[A-Z][a-z]+\.$", line)  # "A B Jr." (not "Vanakkam.")
    if len(words) > 12 or line.endswith((".", "!", "?", ":")) and not abbreviated:
        if not (
            line.endswith(".")
            and len(words) <= 10
            and sig.has_person(page.doc, page.idx, s, e)
            and sig.title_like(line)
        ):
            return False
    if re.fullmatch(r"[A-Z][A-Z]{3,}", line):
        return True  # a Latin or capitalised signature ("FRANCISCUS")
    return (
        sig.has_person(page.doc, page.idx, s, e)
        and sig.title_like(line)
        or (sig.caps_name(line) and sig.party_in(page.doc, page.idx, s, e) is not None)
    )


def _prose(line: str) -> bool:
    """A sentence of the report after the signature ("B's reply, dated 21 March 1876, is shorter."), not
    a place-and-date line ("Baghdad, 22 January 2025", "Done at Geneva, this 3rd day of May 2024")."""
    return line.rstrip().endswith(".") and sum(1 for w in line.split() if w[:1].islower()) > 4
