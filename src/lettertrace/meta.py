"""Report metadata from the report's own text: title, publication date, dateline place and outlet.

The page is read as a sequence of *segments* in raw order: the lines of the clean text (which carry
clean spans) interleaved with the lines the cleaner dropped as furniture (site stamps such as
"Last Updated: ..." are furniture but still tell a date; they carry no clean span). Two regions of
the page are searched:

* the *header*: the segments before the first prose paragraph (at most 15 lines / 1500 chars);
* the *openings*: the first three prose paragraphs, where a dateline may open the text ("OSLO, May 2 --");
* the *stamp lines* between them: short lines that are not prose, where a page stamp may stand
  below a boilerplate paragraph that ended the header early; only a date in its own field with a
  time of day or an agreeing weekday counts there.

The date primitives live in ``meta_dates``, the page's foot in ``meta_foot``, a dateline's year in
``meta_year``, a letterhead in ``meta_letterhead``. Dates inside body sentences are never publication dates.
A date without a year is no date. When several dates are found, a weekday-checked article dateline wins,
then a leading crawler stamp, then the first article date, then the site's last update.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from lettertrace.clean import DATE_STAMP_REASON, MONTH, WEEKDAY, is_prose
from lettertrace.meta_byline import byline_author, footer_author
from lettertrace.meta_dates import (
    UPDATED,
    DateHit,
    DateMatch,
    HitKind,
    find_dates,
    foreign_label,
    is_date_line,
    opens_field,
    time_next_to,
    url_date,
    without_other_calendar,
)
from lettertrace.meta_foot import foot_dates, masthead_names
from lettertrace.meta_letterhead import is_letterhead, is_page_label, letterhead_above_headline
from lettertrace.meta_top import after_preposition as _after_preposition
from lettertrace.meta_top import clock_on, letters_date_line, record_hits, top_line_dates
from lettertrace.meta_wire import wire_tag
from lettertrace.meta_year import completed, month_first
from lettertrace.models import CleanText, RawReport, ReportMeta

HEADER_MAX_LINES = 15
HEADER_MAX_CHARS = 1500
OPENING_PARAGRAPHS = 3


_SITE_LABELS = {"last-updated stamp": 1, "weather widget": 3}  # cleaner reason -> lines it labels
_WORDS = re.compile(r"[\w'’]+")
_TITLE_DATE_SUFFIX = re.compile(r"\s+[-–—|]\s*$")
_LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|[-•▪●◦*–—])\s")
_CAPTION = re.compile(
    r"\b(?:photo|photograph|image|picture)s?\b\s*(?::|by\b|credit)|/(?:AFP|Reuters|AP|Getty|EPA|File)\b|\|$",
    re.I,
)
_BYLINE = re.compile(r"(?:by|author|written by|posted by|reported by|story by)\b", re.I)
OUTLET_WORDS = _OUTLET_WORDS = frozenset(
    "news times post online daily tv radio agency press tribune herald gazette journal bulletin media "
    "express observer telegraph chronicle today reporter standard mail guardian mirror independent wire "
    "monitor weekly review network insight dispatch courier broadcast broadcasting magazine newspaper".split()
)
_GENERIC_WORDS = frozenset(
    "news latest top breaking world local headline headlines national international business politics sports "
    "online home all live daily today the".split()
)
_NOT_PLACES = frozenset(
    "meanwhile yesterday today tomorrow earlier later also however moreover thus since on in at by from last "
    "this next but and the a an it he she they we i".split()
)
_CAPS_STOP = frozenset(
    "NEWS BREAKING EXCLUSIVE UPDATE UPDATED WATCH VIDEO LIVE PHOTOS PHOTO OPINION EDITORIAL ANALYSIS "
    "NOTE READ MORE ALSO RELATED PR FILE COMMENT REVIEW INTERVIEW FEATURE".split()
)
_PREFIX_PLACE = re.compile(
    r"(?P<place>[^\W\d_][\w.'’&-]*(?: [^\W\d_][\w.'’&-]*){0,3})\s*(?:\[[^\]]{0,40}\])?"  # a region after:
    r"(?:\s*,\s*(?:[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?=\s*,)|[A-Z][a-z]{0,4}\.(?:\s?[A-Z]\.)?))?"
    r"\s*(?P<comma>,)?\s*"  # "KESSEL, Norland,", "ALBUQUERQUE, N.M. (AP)", "SALEM, Ore. (AP)": a state shortened
)
_MONTH_OR_DAY = re.compile(rf"(?:{MONTH}|{WEEKDAY})\.?", re.I)
_PLACE_RUN = re.compile(r"[^\W\d_][\w.'’&-]*(?: [^\W\d_][\w.'’&-]*){0,3}")
_CAPS_AFTER = re.compile(
    rf"\s*(?:--|[-–—:(/]|,\s*(?:\(|{MONTH}\b|{WEEKDAY}\b|\d|[A-Z][\w.]*\.?\s*(?:\(|--|[-–—:]))|\s+{MONTH}\.?\s+\d)",
    re.I,
)
_TITLE_AFTER = re.compile(
    rf"\s*(?:\[[^\]]{{1,40}}\]\s*)?(?:,\s*(?:{WEEKDAY},?\s*)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b|{MONTH}\.?\s+\d)"
    r"|\([^()]{1,80}\)\s*(?:--|[-–—:]|$))"
)
_CREDIT = re.compile(r"[^()]{0,40}?\((?P<paren>[^()]{1,80})\)|[^/]{0,40}?/(?P<slash>[A-Za-z][\w&.-]{1,15})/")
_LEADING_CREDIT = re.compile(r"\((?P<paren>[^()]{1,40})\)\s*(?P<sep>--|[-–—:]|\s)")
_CREDIT_STOP = frozenset("photo file handout via image video reporting".split())


# ---------------------------------------------------------------- segments


@dataclass(frozen=True)
class Segment:
    """One line of the page in raw order; ``clean_start`` is None for a line dropped as furniture."""

    text: str
    raw_start: int
    clean_start: int | None
    reason: str | None = None  # why the cleaner dropped it


def segments(raw: RawReport, clean: CleanText) -> list[Segment]:
    """The clean lines and the dropped furniture lines of the page, in raw order."""
    segs: list[Segment] = []
    pos = 0
    for line in clean.text.split("\n"):
        if line:
            segs.append(Segment(line, clean.offsets[pos], pos))
        pos += len(line) + 1
    for start, end, reason in clean.dropped:
        if reason != DATE_STAMP_REASON:
            segs.append(Segment(raw.raw_text[start:end], start, None, reason))
    return sorted(segs, key=lambda s: s.raw_start)


def regions(segs: Sequence[Segment]) -> tuple[list[Segment], list[Segment]]:
    """Split the top of the page into the header and the opening prose paragraphs."""
    header: list[Segment] = []
    kept = 0
    for seg in segs:
        if seg.clean_start is not None:
            if is_prose(seg.text) or kept >= HEADER_MAX_LINES or seg.clean_start >= HEADER_MAX_CHARS:
                break
            kept += 1
        header.append(seg)
    rest = segs[len(header) :]
    openings = [s for s in rest if s.clean_start is not None and is_prose(s.text)][:OPENING_PARAGRAPHS]
    return header, openings


# ---------------------------------------------------------------- publication date


def _span(seg: Segment, m: DateMatch) -> tuple[int, int] | None:
    return None if seg.clean_start is None else (seg.clean_start + m.start, seg.clean_start + m.end)


def header_hits(header: Sequence[Segment]) -> list[DateHit]:
    """Dates standing on their own in short header lines (date lines, stamps, "Outlet , date")."""
    hits: list[DateHit] = []
    label, under = None, 0  # a site label ("Last Update 9:5", a weather widget) and how many lines it covers
    for i, seg in enumerate(header):
        dates = find_dates(seg.text) if len(seg.text) <= 120 else []
        around = [header[i - 1].text if i else "", header[i + 1].text if i + 1 < len(header) else ""]
        if dates and is_date_line(seg.text) and letters_date_line(*around):
            dates = []  # "It reads:" / "5 December 1971" / "Dear ...": the letter's own date
        widget = under and label == "weather widget"
        for m in dates:
            prefix = seg.text[: m.start]
            if _after_preposition(prefix) and not clock_on(prefix) or widget:
                continue  # a date in a sentence, or today's date in the site's weather widget
            kind: HitKind = "site" if under or UPDATED.search(prefix) else "article"
            hits.append(DateHit(m.date, kind, m.weekday_ok, _span(seg, m)))
        under = max(under - 1, 0)
        if seg.reason in _SITE_LABELS and not dates:
            label, under = seg.reason, _SITE_LABELS[seg.reason]
    return hits


def opening_hits(openings: Sequence[Segment]) -> list[DateHit]:
    """Dates in a dateline that opens a prose paragraph ("Lisbon, 2 May 2022 (XYZ): ...")."""
    hits = []
    for seg in openings:
        for m in find_dates(seg.text[:160]):
            if dateline_prefix_ok(seg.text[: m.start]):
                hits.append(DateHit(m.date, "article", m.weekday_ok, _span(seg, m)))
    return hits


def between_lines(
    segs: Sequence[Segment], header: Sequence[Segment], openings: Sequence[Segment]
) -> list[Segment]:
    """The kept lines that are not prose between the header and the last opening paragraph, and the
    site's update stamps dropped there ("Last updated 05:00, March 14 2016" below the first paragraph)."""
    if not openings:
        return []
    end = openings[-1].raw_start
    return [
        s
        for s in segs[len(header) :]
        if s.raw_start < end
        and (s.clean_start is not None and not is_prose(s.text) or s.reason == "last-updated stamp")
    ]


def stamp_line_hits(lines: Sequence[Segment]) -> list[DateHit]:
    """Page stamps below the header ("Fri May 3, 2020 6:37AM", "Place / Tue, May 5, 2020 / 06:38 pm").

    A boilerplate paragraph (a browser warning, a caption) can end the header early; a short line
    further down still tells the date when the date stands in its own field and carries a time of
    day or a weekday that agrees with it. A date line without either could head a reproduced letter.
    """
    hits = []
    for seg in lines:
        if len(seg.text) > 120:
            continue
        for m in find_dates(seg.text):
            prefix = seg.text[: m.start]
            if not (m.weekday_ok or time_next_to(seg.text, m)) or _after_preposition(prefix):
                continue
            if foreign_label(prefix):
                continue  # "Sent: Tue, 3 Mar 2020 9:15 AM": the header of a reproduced e-mail
            if is_date_line(seg.text) or opens_field(prefix):
                kind: HitKind = "site" if UPDATED.search(prefix) else "article"
                hits.append(DateHit(m.date, kind, m.weekday_ok, _span(seg, m)))
    return hits


def dateline_prefix_ok(prefix: str) -> bool:
    """True when what precedes a date is a dateline: nothing, a place, or a place and an open credit."""
    if not re.search(r"[^\W_]", prefix):
        return True
    if (lead := _LEADING_CREDIT.match(prefix)) and lead.group("sep").strip():
        return dateline_prefix_ok(prefix[lead.end() :].lstrip())  # "(Agency service) - ROME, "
    head, paren, _ = without_other_calendar(prefix).partition("(")
    dash = re.search(r"\s[-\u2013\u2014]{1,2}\s*$", head)  # "KESSEL - 9 April 2024", "KESSEL. AGENCY - "
    m = _PREFIX_PLACE.fullmatch(head[: dash.start()] if dash else head)
    if not m or dash and not m.group("place").isupper():
        return False
    place = m.group("place")
    if place.isupper():
        return not set(place.split()) & _CAPS_STOP
    if _bad_place(place) or _is_outletish(place.split()):
        return False
    return bool(m.group("comma") or paren)


def _stamp_hits(raw: RawReport, clean: CleanText) -> list[DateHit]:
    hits = []
    for start, end, reason in clean.dropped:
        if reason == DATE_STAMP_REASON:
            hits += [DateHit(m.date, "stamp", None, None) for m in find_dates(raw.raw_text[start:end])]
    return hits


def choose_date(hits: Sequence[DateHit]) -> DateHit | None:
    """Rank candidates: weekday-checked article date > stamp > article date > site's last-update date."""
    article = [h for h in hits if h.kind == "article"]
    checked = [h for h in article if h.weekday_ok]
    stamps = [h for h in hits if h.kind == "stamp"]
    plain = [h for h in article if h.weekday_ok is not False] or article
    site = [h for h in hits if h.kind == "site"]
    for group in (checked, stamps, plain, site):
        if group:
            return group[0]
    return None


# ---------------------------------------------------------------- title


def _is_outletish(words: Sequence[str]) -> bool:
    return any(w.lower().strip(".,:") in _OUTLET_WORDS for w in words)


def is_outlet_line(text: str) -> bool:
    """True for a bare outlet name ("Example News", "Northland Bulletin"), not a section label ("NEWS")."""
    words = text.split()
    if not 2 <= len(words) <= 4 or re.search(r"[.!?:,;|/]", text):
        return False
    lowered = {w.lower() for w in words}
    return (_is_outletish(words) or bool(lowered & agencies().keys())) and not lowered <= _GENERIC_WORDS


def _strip_date_suffix(text: str) -> str:
    dates = find_dates(text)
    if dates and not text[dates[-1].end :].strip(" .,"):
        m = _TITLE_DATE_SUFFIX.search(text[: dates[-1].start])
        if m:
            return text[: m.start()]
    return text


def is_headline(text: str) -> bool:
    """True for a line that reads as a headline: a few words, no byline, date, outlet or breadcrumb."""
    words = text.split()
    if not 3 <= len(words) <= 30 or not 10 <= len(text) <= 250:
        return False
    if text.endswith(":") or text[0] in "([{" or _BYLINE.match(text) or is_outlet_line(text):
        return False
    if _LIST_ITEM.match(text) or _CAPTION.search(text) or parse_dateline(text) is not None:
        return False
    if sum(text.count(s) for s in (" / ", " > ", " » ", " | ")) >= 2 or "://" in text:
        return False
    if " | " in text and any(is_outlet_line(part) for part in text.split(" | ")):
        return False  # "Anadolu Agency | Politics": the masthead and its section
    return not is_date_line(text)


def find_title(
    raw: RawReport, clean: CleanText, header: Sequence[Segment]
) -> tuple[str | None, tuple[int, int] | None]:
    """Format title if any, else the first headline-like line of the header (or "Section <headline>"'s bare twin)."""
    if raw.title and raw.title.strip():
        title = raw.title.strip()
        at = clean.text.find(title, 0, 5000)
        return title, ((at, at + len(title)) if at >= 0 else None)
    kept = [seg for seg in header if seg.clean_start is not None]
    letterhead = letterhead_above_headline([s.text for s in kept], is_headline)
    for i, seg in enumerate(kept):
        tag = wire_tag(seg.text, agencies())  # "(LEAD) A writes to B"
        text, start = _strip_date_suffix(seg.text[tag:]), int(seg.clean_start or 0) + tag
        if not is_headline(text) or letterhead and (is_letterhead(seg.text) or is_page_label(seg.text)):
            continue  # the office's letterhead above a headline of its own
        if (repeat := next((s for s in kept[i + 1 :] if text.endswith(" " + s.text)), None)) is not None:
            at = int(repeat.clean_start or 0)
            return repeat.text, (at, at + len(repeat.text))
        return text, (start, start + len(text))
    return None, None


# ---------------------------------------------------------------- dateline place and outlet


@dataclass(frozen=True)
class Dateline:
    """What a dateline says: the place and the outlet/wire credit."""

    place: str | None
    credit: str | None


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    """News-agency credits -> full names, from ``data/outlets.yaml`` (keys lower-cased)."""
    source = resources.files("lettertrace").joinpath("data/outlets.yaml").read_text(encoding="utf-8")
    table = yaml.safe_load(source)["agencies"]
    return {str(k).lower(): str(v) for k, v in table.items()}


def credit_name(credit: str) -> str | None:
    """The outlet a dateline credit names ("Example News / Wire - 5 May, 2023": "Example News")."""
    first = re.split(r"\s*/\s*", credit.strip())[0]
    first = re.split(r"\s+[-–—]\s+|\s+[-–—]$", first)[0].strip(" ,;:")
    words = first.split()
    if not first or len(words) > 4 or find_dates(first):
        return None
    if not first[0].isupper() or {w.lower() for w in words} & _CREDIT_STOP:
        return None
    known = agencies().get(first.lower())
    if known:
        return known
    if len(words) > 1 and first.isupper():
        return None  # "(UNITED KINGDOM)": a country after the place, not a credit
    return first


def _credit_like(credit: str, sep: str) -> bool:
    """True when a parenthesis opening a paragraph is an outlet credit ("(XYZ) -", "(Valley Post)")."""
    words = credit.split()
    return sep.strip() != "" or credit.lower() in agencies() or _is_outletish(words)


def _credit_after(rest: str) -> str | None:
    m = _CREDIT.match(rest)
    if not m:
        return None
    return credit_name(m.group("paren") or m.group("slash"))


def parse_dateline(text: str) -> Dateline | None:
    """Place and credit of a dateline opening ``text`` ("OSLO, May 2 (NTB) -- ...")."""
    lead = _LEADING_CREDIT.match(text)
    if lead and _credit_like(lead.group("paren"), lead.group("sep")):
        after = parse_dateline(text[lead.end() :].lstrip()) if lead.group("sep").strip() else None
        return Dateline(after.place if after else None, credit_name(lead.group("paren")))
    run = _PLACE_RUN.match(text)
    if not run:
        return None
    return _caps_dateline(text, run.group(0)) or _titled_dateline(text, run.group(0))


def _caps_dateline(text: str, run: str) -> Dateline | None:
    words = []
    for word in run.split():
        if not word.isupper():
            break
        words.append(word)
    place = " ".join(words)
    if len(place) < 3 or set(words) & _CAPS_STOP or not _CAPS_AFTER.match(text[len(place) :]):
        return None
    return Dateline(place, _credit_after(text[len(place) :]))


def _titled_dateline(text: str, run: str) -> Dateline | None:
    words = run.split()
    rest = text[len(run) :]
    if _bad_place(run) or not all(w[0].isupper() for w in words) or len(words) > 3 or re.search(r"\d", run):
        return None
    if not _TITLE_AFTER.match(rest):
        return None
    if _is_outletish(words):
        return Dateline(None, run)
    return Dateline(run, _credit_after(rest))


def _bad_place(place: str) -> bool:
    """True for words that open a sentence or a date rather than name a place."""
    first = place.split()[0]
    return first.lower() in _NOT_PLACES or _MONTH_OR_DAY.fullmatch(first) is not None


def find_dateline(candidates: Iterable[Segment]) -> Dateline:
    """The first dateline among the opening paragraphs and header lines, merged with later credits."""
    place: str | None = None
    credit: str | None = None
    for seg in candidates:
        if seg.clean_start is None:
            continue
        found = parse_dateline(seg.text)
        if found is None:
            continue
        if found.place and not place and not _bad_place(found.place):
            place = found.place
        credit = credit or found.credit
        if place and credit:
            break
    return Dateline(place, credit)


def outlet_line(header: Sequence[Segment]) -> str | None:
    """An outlet named by a header line ("Example News") or before a header date ("Daily Example , 3 Feb")."""
    for seg in header:
        if seg.clean_start is None:
            continue
        dates = find_dates(seg.text)
        head = seg.text[: dates[0].start].strip(" ,-–—|") if dates else seg.text
        byline = _BYLINE.match(head)
        head = head[byline.end() :].strip() if byline else head
        if head and is_outlet_line(head):
            return head
    return None


# ---------------------------------------------------------------- entry point


def extract_metadata(raw: RawReport, clean: CleanText) -> ReportMeta:
    """Title, publication date, dateline place and outlet from the report's own text (and the format's metadata)."""  # noqa: E501
    segs = segments(raw, clean)
    header, openings = regions(segs)
    title, title_span = find_title(raw, clean, header)
    dateline = find_dateline([*openings, *header])
    outlet = raw.outlet or dateline.credit or outlet_line(header)
    names = (outlet, dateline.credit, *masthead_names(header))
    published, published_span = _publication(raw, clean, segs, names)
    return ReportMeta(
        author=byline_author([*header, *openings[:1]]) or footer_author(header, segs),
        title=title,
        title_span=title_span,
        published=published,
        published_span=published_span,
        dateline_place=dateline.place,
        outlet=outlet,
    )


def _publication(
    raw: RawReport, clean: CleanText, segs: Sequence[Segment], names: tuple[str | None, ...]
) -> tuple[dt.date | None, tuple[int, int] | None]:
    if raw.published is not None:
        return raw.published, None
    header, openings = regions(segs)
    between = stamp_line_hits(between_lines(segs, header, openings))
    top = [
        s
        for s in segs
        if s.clean_start is not None and (not openings or s.raw_start <= openings[-1].raw_start)
    ]
    near_byline = [DateHit(m.date, k, m.weekday_ok, _span(seg, m)) for seg, m, k in top_line_dates(top)]
    hit = choose_date(
        [*header_hits(header), *near_byline, *between, *opening_hits(openings), *_stamp_hits(raw, clean)]
    )
    if hit is None:  # no date at the top of the page: a stamp at its foot, or the year of the dateline's day
        hit = choose_date(
            [DateHit(m.date, k, m.weekday_ok, _span(s, m)) for s, m, k in foot_dates(segs, names)]
        )
    if hit is None:  # a record's own heading: "Volume 747: debated on Wednesday 13 March 2024"
        hit = choose_date(record_hits(header))
    if hit is None and (done := completed(openings, segs, dateline_prefix_ok)) is not None:
        hit = DateHit(done[1].date, "article", None, _span(segs[done[0]], done[1]))
    if hit is not None:
        return month_first(hit.date, hit.span, clean.text, openings, dateline_prefix_ok), hit.span
    return url_date(raw.url), None
