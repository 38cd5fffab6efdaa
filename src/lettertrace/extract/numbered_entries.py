"""Numbered entries of a calendar of state papers: a line of its own that is the entry's number, the writer
and the addressee, with no verb ("112. Sir A B to Walsingham.", "115. Intercepted letter. C to the King
of Norland."), its date on a short line just above ("Jan. 12/22. Paris.") or opening the line below
("1587-8, Jan. 30/Feb. 9. Replies at large to ..."). Each such entry is one letter; its date words are
the ones the dating step reads. ("4. Ministers to Brussels.", "7. Leaders to meet in May." name no
letter: a place or a verb.)"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from .. import names
from ..models import Span
from ..nlp import text_of
from . import datex, intervals
from .archival import caps_name
from .calendar import _no_party, _party_in
from .draft import Draft
from .index import PartyIndex
from .lexicon import noun_kind
from .mentions import INSTITUTION_HEADS, Party
from .owners import office_party

_ENTRY = re.compile(
    r"^\s*\[?\d{1,4}[A-Za-z]?\]?\.\s+(?:(?P<noun>(?:[A-Z][a-z]+\s+)?(?:[Ll]etters?|[Dd]espatch|[Dd]ispatch|[Nn]ote))\.\s+)?"
    r"(?P<writer>[A-Z][^\n]{1,70}?)\s+to\s+(?P<to>(?:the\s+)?[A-Z][^\n]{1,70}?)\.\s*$"
)
# A date line: a month (abbreviated or whole) and a day, perhaps a second day after a slash ("Jan. 12/22",
# "Jan. 30/Feb. 9"), perhaps a year before it ("1587-8, Jan. 30"), and little else.
_DATE = re.compile(
    r"^\s*(?:(?:1[5-9]\d\d(?:-\d{1,2})?),\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:/(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2})?"
    r"|\d{1,2}(?:/\d{1,2})?\s+[A-Z][a-z]{2,8}\b\.?)"
)  # (or day first: "1 April.", "15/25 March.")
_YEAR_LINE = re.compile(r"^\s*(1[5-9]\d\d)\.?\s*$")


def calendar_entries(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """One letter for each numbered entry line whose date line stands beside it."""
    text = text_of(doc)
    lines = text.split("\n")
    out: list[Draft] = []
    start = 0
    for n, line in enumerate(lines):
        m = _ENTRY.match(line) if len(line) <= 160 else None
        date_at = _date_beside(lines, n, start) if m is not None else None
        stamped = entry_date(text, date_at, year_above(text, start) or volume_year(text)) if date_at else None
        if (
            m is not None and date_at is not None and stamped is not None
        ):  # (a year dates it: a calendar, not a
            # list of fixtures or results under a day, "Mar. 18." over "10. A to Kessel.")
            found = _entry(doc, idx, start, m, date_at, stamped, out[-1].recipients[0] if out else None)
            if found is not None and not any(
                start <= d.trigger.idx < start + len(line) and d.sender is not None and d.recipients
                for d in drafts
            ):
                out.append(found)
        start += len(line) + 1
    return out


def _date_beside(lines: list[str], n: int, start: int) -> tuple[int, int] | None:
    """Where the date line beside entry line ``n`` holds its date (start and end in the text)."""
    at = start
    for k in (1, 2):  # the line above, or the one above a shelfmark line ("1 April." / "Estado, 165.")
        above = lines[n - k] if n >= k else ""
        at -= len(above) + 1
        if (m := _DATE.match(above)) is not None and len(above) <= 60:
            return at + m.start(), at + m.end()
        if not above.strip() or len(above) > 40:
            break
    below = lines[n + 1] if n + 1 < len(lines) else ""
    after = lines[n + 2] if n + 2 < len(lines) else ""
    if (m := _DATE.match(below)) is not None and not _ENTRY.match(after):  # (else the next entry's date)
        at = start + len(lines[n]) + 1
        return at + m.start(), at + m.end()
    return None


# The date of an entry, old style and new ("Jan. 12/22", "Jan. 28/Feb. 7", "1587-8, Jan. 30/Feb. 9": the
# later year of a double year is the year as we count it).
_PARTS = re.compile(
    r"(?:(?P<y1>1[5-9]\d\d)(?:-(?P<y2>\d{1,2}))?,\s+)?(?P<m1>[A-Z][a-z]{2,8})\.?\s+(?P<d1>\d{1,2})"
    r"(?:/(?:(?P<m2>[A-Z][a-z]{2,8})\.?\s+)?(?P<d2>\d{1,2}))?"
)
_DAY_FIRST = re.compile(
    r"(?P<y1>)(?P<y2>)(?P<d1>\d{1,2})(?:/(?P<d2>\d{1,2}))?\s+(?P<m1>[A-Z][a-z]{2,8})(?P<m2>)"
)
# A calendar's volume, named in its first lines with its months and year ("January-June 1588").
_VOLUME = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s*[-–]\s*[A-Z][a-z]+)?\s+(?P<year>1[5-9]\d\d)\b"
)


def year_above(text: str, at: int) -> int | None:
    """The year of the last line before ``at`` that holds a year alone ("1588."), as calendars head each year."""
    for line in reversed(text[:at].split("\n")):
        if (m := _YEAR_LINE.match(line)) is not None:
            return int(m[1])
    return None


def volume_year(text: str) -> int | None:
    """The one year the page's first lines give a calendar's months in, if they give one."""
    years = {m["year"] for m in _VOLUME.finditer("\n".join(text.split("\n")[:12]))}
    return int(years.pop()) if len(years) == 1 else None


def entry_date(text: str, at: tuple[int, int], year: int | None) -> datex.DateMention | None:
    """The date of an entry's date line, its interval covering both styles' days, in the line's own year
    or else the volume's."""
    m = _PARTS.match(text, at[0], at[1]) or _DAY_FIRST.match(text, at[0], at[1])
    if m is None:
        return None
    if m["y1"]:
        y1 = m["y1"]
        year = int(y1[: 4 - len(m["y2"])] + m["y2"]) if m["y2"] else int(y1)
    months = datex._MONTHS
    m1 = months.get(m["m1"].lower().rstrip("."))
    m2 = months.get(m["m2"].lower()) if m["m2"] else m1
    if year is None or m1 is None or m2 is None:
        return None
    try:
        first = dt.date(year, m1, int(m["d1"]))
        last = dt.date(year, m2, int(m["d2"] or m["d1"]))
    except ValueError:
        return None
    if last < first:
        return None
    span = Span(at[0], at[1])
    return datex.DateMention(
        span, text[at[0] : at[1]], intervals.interval(first, last, "calendar entry", span), False
    )


def _entry(
    doc: Doc,
    idx: PartyIndex,
    start: int,
    m: re.Match[str],
    date_at: tuple[int, int],
    stamped: datex.DateMention,
    last: Party | None,
) -> Draft | None:
    sides: list[Party | None] = []
    for group in ("writer", "to"):
        text = m.group(group).strip()
        if group == "to" and text.lower() in ("the same", "same"):
            sides.append(last)
            continue
        span = doc.char_span(start + m.start(group), start + m.end(group), alignment_mode="contract")
        if span is None or _no_party(span) or _plural_office(text):
            return None  # "4. Ministers to Narvik.": a journey, no letter
        if any(t.pos_ in ("VERB", "AUX") and t.text[:1].islower() for t in span):
            return None  # "Ministers to meet ...": a plan, no letter
        words = text.split()
        person = all(w[:1].isupper() for w in words) and not {w.lower() for w in words} & INSTITUTION_HEADS
        named = caps_name(idx, text.upper(), start + m.start(group)) if person else None
        found = named or _party_in(idx, span)
        office = names.strip_leading_article(text)
        titled = names.fold(office.split()[0]).lower() in names.title_words() and " of " in office
        if titled and (found is None or not _holds(found, office)):
            found = office_party(
                idx, office, span.start
            )  # "The King to the Duke of Norland.": offices as names
        sides.append(found)
    sender, recipient = sides
    to = doc.char_span(start + m.end("writer"), start + m.start("to"), alignment_mode="expand")
    date = doc.char_span(*date_at, alignment_mode="expand")
    if sender is None or recipient is None or sender is recipient or to is None or date is None:
        return None
    noun = (
        doc.char_span(start + m.start("noun"), start + m.end("noun"), alignment_mode="expand")
        if m["noun"]
        else None
    )
    kind = (noun_kind(noun.root) if noun is not None else None) or "letter"
    d = Draft(
        "call" if kind == "call" else kind,
        to[-1] if to[-1].lower_ == "to" else to[0],
        sender,
        [recipient],
        verb=None,
    )
    d.distinct = True  # each entry is a document of its own
    d.sentences.append((start, start + m.end()))
    d.anchors.extend(t.i for t in date)
    d.stamped = stamped
    return d


def _plural_office(text: str) -> bool:
    """'Ministers', 'the Governors': offices in the plural, no one writer or addressee."""
    last = names.fold(text.split()[-1]).lower().strip(".,") if text.split() else ""
    return last.endswith("s") and last[:-1] in names.title_words()


def _holds(p: Party, office: str) -> bool:
    """``p`` is known here by ``office`` ("Duke of Parma"), or named in it."""
    forms = [f.lower() for f in [p.name, *p.surfaces, *p.roles]]
    return any(office.lower() in f for f in forms) or any(
        w in office.split() for w in names.core_tokens(p.name)
    )
