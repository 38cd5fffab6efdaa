"""The time the text around a date tells of: what a date that leans on the text before it means.

Two constructions of English date an event by the account it is told in, not by the report's date:

* A day or month written without a year ("On 3 May, the king wrote ...") in an account of the past
  takes the year that account last named ("The crisis of 1921 split the cabinet. ¶ On 3 May, ...").
  That year governs when it is the last date named before, in the same paragraph or up to YEAR_REACH before
  (a weekday, "yesterday" or a yearless date between them brings the account back to the news);
  when it does not open a state lasting to now ("since 1998"); and when it lies over a year before
  the report's date (a recent year is what the report's date gives anyway) or the report is undated.
  The same year tells :func:`told_in_the_past` that an undated act there is no recent news.
* "since" a date: from the start of that date up to the report's date, not that date itself ("the
  first call since May"); such a year opens a state lasting to now and governs nothing.
* A date counted from another one: "the following day", "the next morning", "two days later",
  "a week later", "days later", "a day earlier", "the day before", "that same day", "hours later".
  It counts from the last day the text named before it, in the same paragraph or the one before ("the
  same day" is the day last named up to four paragraphs back: quotes and comment may stand between).
  With none, "earlier", "before" and "that same day" count from the report's date (news: "a day
  earlier" than the report), and "later", "following" and "next" are unknown, never days after it.
  A sentence opening with a bare "Later," is on or after the day last named, up to the report's date,
  when that day is one of the news, within two months before the report ("... received a call today.
  Later, A held a call with C": today; not a plan's date read into last year: "will visit on 20 March").

:func:`timeline` lists every date of a parsed report once (but a dateline's: the report's own date,
no event's), in text order, with these resolved; a
year named only in passing ("the crisis of 1921", "the 1921 crisis": spaCy's DATE entities) counts as
context but dates nothing itself; one in a clause told in the present or in a 'since' phrase ("the 1911
award is not on the agenda") is no account of the past and governs nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TSpan

from ..datelines import dateline_tokens
from ..models import DateInterval, Span
from ..nlp import sent_of, text_of
from . import datex
from .intervals import NUMBER_WORDS, interval, is_historical, month_bounds, unknown, week_of, year_bounds
from .lexicon import cues, noun_kind
from .narrative_days import weekday_in_account

_KEY = "lettertrace_timeline"
_YEAR_TOKEN = re.compile(r"^(?:1[789]\d\d|20\d\d)$")

# ---------------------------------------------------------------- dates counted from another date

_N = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_FEW = r"(?:a\s+few|a\s+couple\s+of|several|some|few)"
_PART = r"(?:day|morning|afternoon|evening|night)"
_CLOSE = r"(?=\s*(?:[,.;:)\u2014\u2013]|$))"  # "the day before," - not "the day before the vote"
_COUNTED = re.compile(
    r"\b(?:"
    rf"(?P<next>the\s+(?:following|next)\s+{_PART}|(?:on\s+)?the\s+(?:following|next)\s+week)"
    rf"|(?P<same>(?:on\s+)?(?:that|the)\s+same\s+{_PART}|(?:on\s+)?that\s+day|(?:later\s+)?that\s+(?:morning|afternoon|evening|night)"
    rf"|(?:later|earlier)\s+(?:that|the\s+same)\s+day|hours\s+later|later\s+in\s+the\s+day)"
    rf"|(?P<later>{_N}\s+(?P<unit>days?|weeks?|months?|years?)\s+later)"
    rf"|(?P<fewlater>(?:{_FEW}\s+)?(?P<funit>days|weeks|months)\s+later)"
    rf"|(?P<earlier>{_N}\s+(?P<bunit>days?|weeks?)\s+(?:earlier|before){_CLOSE})"
    rf"|(?P<before>the\s+(?:day|night|evening)\s+before{_CLOSE}|the\s+previous\s+(?:day|evening|night))"
    r"|(?P<after>^\s*later(?:\s+on)?(?=\s*,))"
    r")\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
NEWS_DAYS = 62  # how far back of the report's date a day named is one of the news a bare "Later," follows
UP_TO_THE_REPORT = date.max  # the far end of a bare "Later,": the report's date, set when counted
SAME_DAY_REACH = 4  # paragraphs back to the day "the same day" is
YEAR_REACH = 2  # paragraphs back to the year an account of the past is told in (quotes may stand between)
_BACK = ("earlier", "before", "same")  # from the report's date when the text names no day before them


def _number(words: str) -> int:
    token = words.split()[0].lower()
    return int(token) if token.isdigit() else NUMBER_WORDS.get(token, 1)


def _shift_months(day: date, months: int) -> tuple[date, date]:
    index = day.year * 12 + day.month - 1 + months
    return month_bounds(index // 12, index % 12 + 1)


def _counted(m: re.Match[str]) -> Callable[[date], tuple[date, date]]:
    """What the words do to the day they count from."""
    kind = m.lastgroup or ""
    if kind == "next":
        if "week" in m[kind].lower():
            return lambda a: week_of(a + timedelta(days=7))
        return lambda a: (a + timedelta(days=1), a + timedelta(days=1))
    if kind == "same":
        night = "later" in m[kind].lower() and "night" in m[kind].lower()  # "later that night": maybe past 12
        return lambda a: (a, a + timedelta(days=1)) if night else (a, a)
    if kind == "before":
        return lambda a: (a - timedelta(days=1), a - timedelta(days=1))
    if kind == "after":  # "Later, A called B": on or after the day told before, up to the report's date
        return lambda a: (a, UP_TO_THE_REPORT)
    if kind == "fewlater":
        unit = m["funit"].lower()
        far, near = {"days": (1, 7), "weeks": (7, 35), "months": (30, 180)}[unit]
        return lambda a: (a + timedelta(days=far), a + timedelta(days=near))
    n = _number(m[kind])
    unit = (m["unit"] or m["bunit"] or "day").lower().rstrip("s")
    sign = -1 if kind == "earlier" else 1
    if unit == "day":
        return lambda a: (a + timedelta(days=sign * n), a + timedelta(days=sign * n))
    if unit == "week":
        return lambda a: (a + timedelta(days=sign * 7 * n), a + timedelta(days=sign * 7 * n))
    if unit == "month":
        return lambda a: _shift_months(a, sign * n)
    return lambda a: year_bounds(a.year + sign * n)


# ---------------------------------------------------------------- the timeline


@dataclass(frozen=True)
class _Found:
    """One date of the text before it is resolved against the dates before it."""

    start: int
    end: int
    mention: datex.DateMention | None  # None: a year named only in passing
    counted: Callable[[date], tuple[date, date]] | None = None
    back: bool = False
    year: int | None = None  # the one year it names of its own (not "since")
    past: bool = False  # the day of a verb told in the past ("wrote on April 2")


@dataclass(frozen=True)
class _State:
    """Where the account stands: the last day it named, and the year it is told in (None: the news)."""

    day: date | None = None
    day_last: date | None = None  # the last day of a month a past act is told in ("In March, A wrote ...")
    day_para: int = -9
    day_news: bool = False  # the last day named is a day of the news ("today", "on Tuesday")
    year: int | None = None
    year_para: int = -9


def timeline(doc: Doc, report_date: date | None) -> list[datex.DateMention]:
    """Every date of the parsed report, in text order, resolved against the account around it."""
    return _built(doc, report_date)[0]


def told_in_the_past(doc: Doc, offset: int, report_date: date | None) -> int | None:
    """The year of the past the text is telling of at ``offset`` (see the module's first rule), else None."""
    marks = _built(doc, report_date)[1]
    i = bisect.bisect_right([at for at, _ in marks], offset) - 1
    if i < 0:
        return None
    return _governing(marks[i][1], _para(doc, offset), report_date)


SAME_YEAR_RE = re.compile(r"\s*(?:of\s+)?(?:the\s+same|that\s+same|that)\s+year\b", re.IGNORECASE)


def _built(doc: Doc, report_date: date | None) -> tuple[list[datex.DateMention], list[tuple[int, _State]]]:
    cached = doc.user_data.get(_KEY)
    if cached is not None and cached[0] == report_date:
        return cached[1]  # type: ignore[no-any-return]
    out: list[datex.DateMention] = []
    marks: list[tuple[int, _State]] = []
    state = _State()
    text, named = text_of(doc), None  # the last year the text named, whatever came after it
    full_day: date | None = None  # the last day the text named with its year
    prev: _Found | None = None
    for found in _found(doc, report_date):
        para = _para(doc, found.start)
        same_year = SAME_YEAR_RE.match(text, found.end) or SAME_YEAR_RE.search(text[found.start : found.end])
        if found.mention is not None and found.mention.yearless and same_year and named is not None:
            state = replace(
                state, year=named, year_para=para
            )  # "in December of the same year", however far back
        before = state
        mention, state = _resolve(found, state, para, report_date)
        if before.day is not None and para - before.day_para <= SAME_DAY_REACH and _dates_a_thing(doc, found):
            # "sent B a reply on Wednesday ... answers A's letter of 12 September ... On the same day": the
            # day an act was told on stays the one counted from, not the day of a thing named since
            state = replace(
                state,
                day=before.day,
                day_last=before.day_last,
                day_para=before.day_para,
                day_news=before.day_news,
            )
        if mention is not None and prev is not None and out and out[-1].span.end == prev.end:
            agreed = _counted_day(text, prev, found, mention, full_day)
            if agreed is not None:  # "Two days later, on 16 August": the day counted from the last date
                mention = replace(mention, interval=agreed)
                out[-1] = replace(out[-1], interval=agreed)
        if found.year is not None or mention is not None and not mention.relative and not mention.yearless:
            x = mention.interval if mention is not None else None
            named = found.year or (x.earliest.year if x is not None and x.earliest is not None else named)
            if x is not None and x.precision == "day" and x.earliest is not None:
                full_day = x.earliest
        if mention is not None:
            out.append(mention)
        prev = found
        marks.append((found.end, state))
    doc.user_data[_KEY] = (report_date, (out, marks))
    return out, marks


def _dates_a_thing(doc: Doc, found: _Found) -> bool:
    """The day dates a letter, message or call named, not a clause's act: "A's letter of 12 September", "the
    letter, which her office released on Wednesday" (a relative clause), "a reply dated 1 August and
    published on Thursday" (a participle's conjunct); an event's day ("the floods of 5
    March") is a day the account goes on from."""
    if found.counted is not None or found.mention is None:
        return False
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    if head.lower_ == "of":
        return noun_kind(head.head) is not None
    if head.dep_ == "prep" and head.pos_ == "ADP":
        head = head.head  # "released on Wednesday"
    dated = head.lemma_.lower() == "date"
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "a reply dated 1 August and published on Thursday"
    noun = head.head
    if dated and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
        return False  # "In a letter dated 31 March, A wrote ...": the day of the act the sentence tells
    return (
        head.pos_ in ("VERB", "AUX")
        and head.dep_ in ("relcl", "acl")
        and (noun_kind(noun) is not None or noun.lemma_.lower() in cues()["reply_nouns"])
    )


_APPOSED = re.compile(r"^\s*,\s*(?:on\s+)?$")


def _counted_day(
    text: str, counted: _Found, found: _Found, mention: datex.DateMention, full_day: date | None
) -> DateInterval | None:
    """'Two days later, on 16 August': a day named without a year right after a day counted from another
    is the day so counted from the last day named with its year, when the two agree ("16 August" two
    days after "14 August 2023" is 16 August 2023); None otherwise."""
    if counted.counted is None or full_day is None or not mention.yearless:
        return None
    if mention.interval.precision != "day" or mention.interval.earliest is None:
        return None
    if not _APPOSED.match(text[counted.end : found.start]):
        return None
    lo, hi = counted.counted(full_day)
    day = mention.interval.earliest
    if lo != hi or (lo.month, lo.day) != (day.month, day.day):
        return None
    return interval(lo, lo, "day counted from the last dated day", mention.span)


def _found(doc: Doc, report_date: date | None) -> list[_Found]:
    if len(doc) == 0:
        return []
    text = text_of(doc)
    sent_of(doc[0])
    found: list[_Found] = []
    for sent in doc.user_data["lettertrace_sents"]:
        start = sent.start_char
        chunk = text[start : sent.end_char].rstrip()
        counted = [
            _Found(start + m.start(), start + m.end(), None, _counted(m), m.lastgroup in _BACK)
            for m in _COUNTED.finditer(chunk)
        ]
        for m in datex.find_dates(chunk, report_date, offset=start):
            if any(c.start < m.span.end and m.span.start < c.end for c in counted) or _in_dateline(doc, m):
                continue  # "a day earlier" counts from the day named before, not from the report's
            if _SINCE.search(text, max(0, m.span.start - 12), m.span.start):
                m = _since(m, report_date)
            found.append(_Found(m.span.start, m.span.end, m, year=_own_year(m), past=_told_done(doc, m)))
        found.extend(
            replace(
                c, mention=datex.DateMention(Span(c.start, c.end), text[c.start : c.end], unknown(""), True)
            )
            for c in counted
        )
        found.extend(_passing_years(sent, found))
    return sorted(found, key=lambda f: f.start)


def _told_done(doc: Doc, m: datex.DateMention) -> bool:
    """The date is the day of a verb told in the past ("A wrote to B on April 2"), not of a noun ("a summit
    on 25 March") or of what is to come."""
    span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head.head if span.root.head.pos_ == "ADP" else span.root.head
    return head.tag_ in ("VBD", "VBN")


def _in_dateline(doc: Doc, m: datex.DateMention) -> bool:
    """A dateline's date ("SEOUL, July 8 (Yonhap) --", a short line of its own): the report's, no event's."""
    text = text_of(doc)
    offset = m.span.start
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if len(line.split()) <= 8 and not line.rstrip().endswith("."):
        return True
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and span[0].i in dateline_tokens(doc)


def _since(m: datex.DateMention, report_date: date | None) -> datex.DateMention:
    """'the first call since May', 'has written to him since 2016': from the start of that time up to
    the report's date (open when the report is undated), never that time itself."""
    x = m.interval
    if x.earliest is None:
        return m
    basis = f"since {' '.join(m.text.split())}, up to the report date"
    return replace(
        m, interval=interval(x.earliest, report_date, basis, m.span), relative=True, yearless=False
    )


def _own_year(m: datex.DateMention) -> int | None:
    x = m.interval
    if m.relative or x.earliest is None or x.latest is None or x.earliest.year != x.latest.year:
        return None
    return x.earliest.year


def _passing_years(sent: TSpan, found: list[_Found]) -> list[_Found]:
    """Years spaCy reads as dates that no date expression holds: 'the crisis of 1921', 'the 1921 crisis'."""
    out = []
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        years = [t for t in ent if _YEAR_TOKEN.match(t.text)]
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if len(years) != 1 or before == "since" or any(t.lower_ == "since" for t in ent):
            continue
        tok = years[0]
        if any(f.start <= tok.idx < f.end for f in found) or _told_as_now(tok):
            continue
        out.append(_Found(tok.idx, tok.idx + len(tok.text), None, year=int(tok.text)))
    return out


def _told_as_now(year: Token) -> bool:
    """A year named in passing that opens no account of the past: inside a 'since' phrase ("a claim
    maintained since the award of 1911"), or in a clause told in the present ("the 1911 award is not on
    the agenda", "the treaty of 1911 remains in force"), unlike "The crisis of 1921 split the cabinet"."""
    t = year
    for _ in range(8):
        if t.lower_ == "since":
            return True
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod":
            verbs = [t, *(c for c in t.children if c.dep_ in ("aux", "auxpass"))]
            return any(v.tag_ in ("VBZ", "VBP") or v.tag_ == "MD" for v in verbs) and not any(
                v.tag_ in ("VBD", "VBN") and v.dep_ in ("aux", "auxpass") for v in verbs
            )
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _resolve(
    found: _Found, state: _State, para: int, report_date: date | None
) -> tuple[datex.DateMention | None, _State]:
    """The mention as the account before it resolves it, and where the account stands after it."""
    m = found.mention
    if found.counted is not None and m is not None:
        m = _count(found, m, state, para, report_date)
    elif m is not None and m.yearless:
        year = _governing(state, para, report_date)
        if year is not None:
            placed = datex.in_year(m, year)
            m = replace(m, interval=replace(placed, basis=f"in the year given nearby ({year}, named before)"))
            state = replace(state, year=year, year_para=para)  # the account goes on in that year
    elif (
        m is not None
        and m.relative
        and state.day is not None
        and not state.day_news
        and _governing(state, para, report_date) is not None
        and (day := weekday_in_account(m.text, state.day, para - state.day_para)) is not None
    ):
        m = replace(
            m, interval=interval(day, day, f"the {m.text.split()[-1]} on or after {state.day}", m.span)
        )
    if m is None:  # a year named in passing
        return None, replace(state, year=found.year, year_para=para)
    x = m.interval
    anniversary = x.basis.startswith("relative (") and " ago " in x.basis  # "forty years ago today"
    if (
        anniversary
        and x.earliest is not None
        and x.latest is not None
        and report_date is not None
        and is_historical(x.latest, report_date)
    ):
        state = replace(state, year=x.earliest.year, year_para=para)
    if x.precision == "day" and x.earliest is not None and (found.past or not _ahead(m, report_date)):
        news = (  # a day of the news: not a plan read into last year ("will visit on 20 March")
            report_date is not None
            and found.counted is None
            and 0 <= (report_date - x.earliest).days <= NEWS_DAYS
        )
        state = replace(state, day=x.earliest, day_last=None, day_para=para, day_news=news)
    elif x.precision == "month" and x.earliest is not None and x.latest is not None and found.past:
        state = replace(state, day=x.earliest, day_last=x.latest, day_para=para, day_news=False)
    if found.year is not None:
        state = replace(state, year=found.year, year_para=para)
    elif (
        m.relative
        and found.counted is None
        and not m.interval.basis.startswith(("in the year given nearby", "the "))
        and not (anniversary and state.year is not None)
    ):
        state = replace(state, year=None, year_para=para)  # back to the news
    return m, state


AHEAD_DAYS = (
    62  # a day without a year this close after the report's is one to come ("a summit on 15 December")
)


def _ahead(m: datex.DateMention, report_date: date | None) -> bool:
    """A day written without its year that falls a few weeks after the report's date in the report's year:
    a day to come ("invites B to a summit on 15 December"), whatever year was given it, so no day the
    account goes on from ("the same day")."""
    x = m.interval.earliest
    if not m.yearless or report_date is None or x is None:
        return False
    try:
        this_year = x.replace(year=report_date.year)
    except ValueError:
        return False
    return 0 < (this_year - report_date).days <= AHEAD_DAYS


def _count(
    found: _Found, m: datex.DateMention, state: _State, para: int, report_date: date | None
) -> datex.DateMention:
    assert found.counted is not None
    words = " ".join(m.text.lower().split())
    bare_later = words in (
        "later",
        "later on",
    )  # "Later, A called B": told on from the day named, further back
    reach = SAME_DAY_REACH if "same" in words or bare_later else 1  # "on the same day": the day last named
    if bare_later and not state.day_news:
        return replace(m, interval=unknown(f"{words}: no day of the news named before"))
    if state.day is not None and para - state.day_para <= reach:
        lo, hi = found.counted(state.day)
        basis = f"counted from {state.day.isoformat()} ({words})"
        if state.day_last is not None:  # counted from a month: as far on from each of its days
            hi = found.counted(state.day_last)[1]
            basis = f"counted from {state.day.isoformat()} to {state.day_last.isoformat()} ({words})"
    elif found.back and report_date is not None:
        lo, hi = found.counted(report_date)
        basis = f"relative ({words})"
    else:
        return replace(m, interval=unknown(f"{words}: no day named before to count from"))
    if hi == UP_TO_THE_REPORT:
        if report_date is None or report_date < lo:
            return replace(m, interval=unknown(f"{words}: no report date after the day told before"))
        hi, basis = report_date, f"{basis}, up to the report date"
    return replace(m, interval=interval(lo, hi, basis, m.span))


def _governing(state: _State, para: int, report_date: date | None) -> int | None:
    """The year an account of the past is told in at this point, if one governs (see the module doc)."""
    if state.year is None or para - state.year_para > YEAR_REACH:
        return None
    if report_date is not None and not is_historical(date(state.year, 12, 31), report_date):
        return None
    return state.year


def _para(doc: Doc, offset: int) -> int:
    """The number of the paragraph (a line with words on it) that ``offset`` falls in; a paragraph that
    opens with a quotation mark (a quote set on its own) goes on with the account before it."""
    starts = doc.user_data.get("lettertrace_paragraphs")
    if starts is None:
        text = text_of(doc)
        starts = [0] + [m.end() for m in re.finditer(r"\n\s*(?=[^\s\"“‘'])", text)]
        doc.user_data["lettertrace_paragraphs"] = starts
    return bisect.bisect_right(starts, offset) - 1
