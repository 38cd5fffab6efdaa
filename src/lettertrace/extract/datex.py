"""Find date expressions in a sentence and resolve them to intervals against the report's date.

Regexes only (compiled once at import); no spaCy and no dateparser, so nothing is ever
filled in from *today*. Every relative expression needs the report's own date: without it
the interval is unknown (``None`` bounds, precision ``"unknown"``).

Rules and choices:

* Explicit dates ("April 4, 2018", "4th of April 2018", "18 May. 2022", "2018-04-04", "08/04/2015", a
  calendar entry's year first at a line's start: "41. 1587, March 3"; from 1500) resolve to one day. Numeric dates are D/M/Y unless that is impossible, then
  M/D/Y; only 4-digit years are read in numeric dates.
* Day and month without a year take the latest such date not after the report date. A feast on a
  fixed day ("Christmas Eve, 1940", "on New Year's Day") is that day and month.
  A month without a year ("in March") takes the latest such month not after the report's
  month, clipped to the report date. "last March" skips the report's own month.
* "March 2021" -> month; "in 2017", "since 2016", "in early 2016" -> that whole year
  (modifiers such as early/mid/late do not narrow the interval). A bare 4-digit year
  (1700-2100) counts only after a date preposition or on a letter ("a letter of 1885", "his 1939 letter"),
  never before "hours"; year ranges ("2019-2022", "between 2019 and 2022") and decades are skipped.
* Weekdays: the most recent such day on or before the report date ("last Tuesday": strictly
  before; "next Tuesday": strictly after). A weekday written next to an explicit date yields
  the explicit date; a disagreeing weekday is noted in ``basis``.
* Relative words: "today", "this morning", "hours ago" ... -> the report date; "yesterday",
  "last night" -> the day before; "N days ago" -> that day; "a few days ago" -> report-7 ..
  report-1; "recently", "a recent letter", "a while ago" -> report-14 .. report; "last week",
  "last month", "last year" -> the previous calendar unit; "this week/month/year" -> its start
  up to the report date. Precision is read off the bounds: "day", a whole "month" or "year",
  else "range" (``intervals.py``).
* ``relative`` is True for every mention resolved against the report date (weekdays, relative
  words, day-month or month without a year); those are unknown when the report has no date.
* Interval arithmetic, precision (read off the bounds) and the recent-past window of an
  undated act live in ``intervals.py``; ``intersect`` and ``recent_past`` are re-exported here.
* Not dates: durations, ages, ordinals without a month ("the 13th"), times alone, years
  inside names or document symbols, spans such as "within ten days".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from ..models import DateInterval, Span
from .intervals import (
    ANNIVERSARY,
    FEAST,
    NUMBER_WORDS,
    RECENT_DAYS,
    RelFn,
    anniversary,
    days,
    feast_day,
    few_ago,
    intersect,
    interval,
    last_unit,
    month_bounds,
    n_ago,
    recent_past,
    recent_unit,
    this_unit,
    unknown,
    valid,
    weekday_interval,
    weekend,
    year_bounds,
)

__all__ = ["DateMention", "find_dates", "in_year", "intersect", "recent_past", "resolve"]


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a text, with its resolved interval."""

    span: Span
    text: str
    interval: DateInterval
    relative: bool
    yearless: bool = False  # a day or month named without a year ("on 5 March", "in May")


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    interval: DateInterval
    relative: bool
    weekday: int | None = None  # set on bare weekday hits, for merging with an explicit date
    explicit_day: bool = False  # set on day-month(-year) hits
    yearless: bool = False  # set on day-month and month hits without a year


_Handler = Callable[[re.Match[str], date | None], _Hit | None]

# ---------------------------------------------------------------- vocabulary

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12, "jany": 1, "feby": 2, "augt": 8, "septr": 9, "octr": 10, "novr": 11, "decr": 12,
}  # fmt: skip
_FULL_MONTHS = [name for name in _MONTHS if len(name) > 4 or name in ("may", "june", "july")]
_DIRECTIONS = {"last": "last", "past": "last", "next": "next", "coming": "next"}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _names(words: list[str]) -> str:
    """Alternation of Capitalised and UPPER forms, longest first (case-sensitive on purpose)."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(f"{w.capitalize()}|{w.upper()}" for w in ordered)


_MONTH = rf"(?P<mon>{_names(list(_MONTHS))})\b(?:\.(?=,?\s*\d))?"  # "Aug. 16", "18 May. 2022"
_MONTH_FULL = rf"(?P<mon>{_names(_FULL_MONTHS)})\b"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_YEAR_FULL = r"(?P<year>1[5-9]\d\d|20\d\d|2100)(?!\d)"  # with a month: "3 March 1587" (a bare year: 1700 on)
_YEAR = r"(?P<year>1[789]\d\d|20\d\d|2100)(?!\d|\s*(?i:hours|hrs|GMT|UTC)\b)"  # "by 1800 hours" is no year
_ENTRY = r"(?:(?<![^\n])|(?<=\d\.\s)|(?<=\d\d\.\s)|(?<=\d\d\d\.\s))"
_MOD = r"(?P<mod>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of))"
_NUM = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_NO_RANGE = r"(?!\s*(?:[-–—/]|to\b|until\b|till\b|and\b)\s*\d)"

# ---------------------------------------------------------------- interval helpers (intervals.py)


def _hit(m: re.Match[str], interval: DateInterval, relative: bool, group: str = "expr") -> _Hit:
    has_group = group in m.re.groupindex and m.group(group) is not None
    start, end = m.span(group) if has_group else m.span()
    return _Hit(start, end, interval, relative)


# ---------------------------------------------------------------- explicit dates


def _month_number(token: str) -> int:
    return _MONTHS[token.lower().rstrip(".")]


def _day_month(m: re.Match[str], report_date: date | None) -> _Hit | None:
    """Day and month, with or without a year."""
    month, day = (
        feast_day(m["feast"]) if "feast" in m.re.groupindex else (_month_number(m["mon"]), int(m["day"]))
    )
    if m["year"]:
        return _explicit(m, valid(int(m["year"]), month, day))
    if valid(2000, month, day) is None:  # 2000 is a leap year: lets 29 February through
        return None
    hit = _hit(m, _day_month_no_year(month, day, report_date), True)
    return replace(hit, explicit_day=True, yearless=True)


def _day_month_no_year(month: int, day: int, report_date: date | None) -> DateInterval:
    """The latest (month, day) not after the report date."""
    if report_date is None:
        return unknown("day-month without year: no report date")
    for year in range(report_date.year, report_date.year - 9, -1):
        found = valid(year, month, day)
        if found is not None and found <= report_date:
            basis = "day-month in report year" if year == report_date.year else "day-month before report"
            return interval(found, found, basis)
    return unknown("day-month without year: unresolvable")


def _explicit(m: re.Match[str], found: date | None, basis: str = "explicit") -> _Hit | None:
    if found is None:
        return None
    return replace(_hit(m, interval(found, found, basis), False), explicit_day=True)


def _iso(m: re.Match[str], report_date: date | None) -> _Hit | None:
    return _explicit(m, valid(int(m["year"]), int(m["mon"]), int(m["day"])))


def _numeric(m: re.Match[str], report_date: date | None) -> _Hit | None:
    """D/M/Y unless impossible, then M/D/Y."""
    first, second, year = int(m["a"]), int(m["b"]), int(m["year"])
    dmy = valid(year, second, first)
    if dmy is not None:
        return _explicit(m, dmy, "explicit (D/M/Y)")
    return _explicit(m, valid(year, first, second), "explicit (M/D/Y: D/M/Y impossible)")


def _numeric_short_year(m: re.Match[str], report_date: date | None) -> _Hit | None:
    """'14.10.68', '4/2/69': D.M.YY as letters and their headings are dated; the century is the one
    that puts the day on or before the report's date (or today's, when the report has none)."""
    anchor = report_date or date.today()
    yy = int(m["yy"])
    year = anchor.year - anchor.year % 100 + yy
    if year > anchor.year:
        year -= 100
    first, second = int(m["a"]), int(m["b"])
    day = valid(year, second, first)
    if day is not None and day <= anchor:
        return _explicit(m, day, "explicit (D.M.YY)")
    return None


def _month_year(m: re.Match[str], report_date: date | None) -> _Hit | None:
    earliest, latest = month_bounds(int(m["year"]), _month_number(m["mon"]))
    return _hit(m, interval(earliest, latest, _with_mod("month", m)), False)


def _with_mod(basis: str, m: re.Match[str]) -> str:
    mod = m.groupdict().get("mod")
    return f"{basis}, {' '.join(mod.lower().split())}" if mod else basis


def _month_alone(m: re.Match[str], report_date: date | None) -> _Hit | None:
    """A month name without a year: the latest such month not after the report date."""
    if report_date is None:
        return replace(_hit(m, unknown("month without year: no report date"), True), yearless=True)
    month = _month_number(m["mon"])
    strictly = (m["prep"] or "").lower() == "last"
    behind = month > report_date.month or (month == report_date.month and strictly)
    year = report_date.year - 1 if behind else report_date.year
    earliest, latest = month_bounds(year, month)
    basis = _with_mod("month in report year" if year == report_date.year else "month before report", m)
    return replace(_hit(m, interval(earliest, min(latest, report_date), basis), True), yearless=True)


def _month_in_context(m: re.Match[str], report_date: date | None) -> _Hit | None:
    """A month name alone counts only after a preposition or early/mid/late."""
    return _month_alone(m, report_date) if (m["prep"] or m["mod"]) else None


def _year(m: re.Match[str], report_date: date | None) -> _Hit | None:
    prep = " ".join((m["prep"] or "").lower().split())
    if prep == "between":
        return None
    basis = _with_mod("year, since" if prep == "since" else "year", m)
    hit = _hit(m, interval(*year_bounds(int(m["year"])), basis), False)
    if prep.split()[0] in ("spring", "summer", "autumn", "fall", "winter"):
        return replace(hit, start=m.start("prep"))  # "the spring of 1994": hangs where the season does
    return hit


# ---------------------------------------------------------------- weekdays


def _weekday(m: re.Match[str], report_date: date | None) -> _Hit | None:
    """The most recent such weekday on or before the report date."""
    wd = _WEEKDAYS.index(m["wd"].lower())
    rel = (m["rel"] or "").lower().split()
    direction = _DIRECTIONS.get(rel[-1], "") if rel else ""
    if report_date is None:
        interval = unknown("weekday: no report date")
    else:
        interval = weekday_interval(wd, direction, report_date)
    return replace(_hit(m, interval, True), weekday=wd)


# ---------------------------------------------------------------- relative words

_COMM_NOUN = (
    r"(?:letters?|messages?|(?:phone\s+|telephone\s+)?calls?|missives?|notes?|correspondence|"
    r"communications?|exchanges?|conversations?|cables?|telegrams?|e-?mails?)\b"
)
_FEW = r"(?:a\s+few|a\s+couple\s+of|several|some|few|a\s+number\s+of)"
_NOT_GEOLOGICAL = r"(?<!million\s)(?<!billion\s)(?<!thousand\s)(?<!hundred\s)(?<!of\s)"
_UNITS = r"(?:hours?|days?|weeks?|months?|years?)"

# lower-case patterns, tried in this order at each position, and what they resolve to
_RELATIVE: dict[str, tuple[str, RelFn]] = {
    "anniv": (ANNIVERSARY, anniversary),  # "forty years ago today"
    "day2": (r"the\s+day\s+before\s+yesterday", days(2, 2)),
    "day0": (
        r"(?:just\s+)?a\s+short\s+while\s+ago|(?:earlier|later)\s+(?:today|in\s+the\s+day)|"
        r"(?:moments|minutes)\s+ago|(?<!usa\s)(?<!russia\s)today|tonight|"
        r"this\s+(?:morning|afternoon|evening)",
        days(0, 0),
    ),
    "day1": (r"yesterday|(?<!the\s)last\s+night", days(1, 1)),
    "nago": (rf"{_NUM}\s+{_UNITS}\s+ago|{_NUM}\s+hours?\s+earlier|(?:a|one)\s+day\s+earlier", n_ago),
    "fewago": (
        rf"{_NOT_GEOLOGICAL}(?:{_FEW}\s+)?(?:(?:hours|days|weeks|months|years)\s+ago|hours\s+earlier)",
        few_ago,
    ),
    "otherday": (r"the\s+other\s+day", days(7, 1)),
    "recentunit": (
        r"(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+"
        r"(?:few\s+|couple\s+of\s+)?(?:days|weeks|months)",
        recent_unit,
    ),
    "pastweek": (r"(?:in|over|during)\s+the\s+(?:past|last)\s+week", days(7, 0)),
    "weekend": (r"(?:last|this\s+past|over\s+the|at\s+the|during\s+the)\s+weekend", weekend),
    "last": (r"(?:(?:early|late)\s+)?(?<!the\s)last\s+(?:week|month|year)", last_unit),
    "this": (r"(?:earlier\s+)?this\s+(?:week|month|year)", this_unit),
    "recent": (r"recently|recent(?=\s+(?:[\w-]+\s+){0,2}?" + _COMM_NOUN + ")", days(RECENT_DAYS, 0)),
    "while": (r"a\s+while\s+(?:ago|back)|some\s*time\s+ago", days(RECENT_DAYS, 0)),
}
_RELATIVE_KEYS = tuple("ago hour day night morning afternoon evening week month year recent while".split())
_RELATIVE_BODY = r"\b(?:" + "|".join(f"(?P<{name}>{pat})" for name, (pat, _) in _RELATIVE.items()) + r")\b"
_RELATIVE_LOWER = re.compile(_RELATIVE_BODY)  # run on text.lower() when that keeps every offset
_RELATIVE_ANYCASE = re.compile(_RELATIVE_BODY, re.IGNORECASE)


def _relative(m: re.Match[str], report_date: date | None) -> _Hit | None:
    name = m.lastgroup or ""
    words = " ".join(m[name].lower().split())
    if report_date is None:
        return _hit(m, unknown(f"relative ({words}): no report date"), True, name)
    earliest, latest = _RELATIVE[name][1](report_date, words)
    return _hit(m, interval(earliest, latest, f"relative ({words})"), True, name)


# ---------------------------------------------------------------- patterns

_NOT_AFTER_DAY = r"(?!\s*(?:%|per\s*cent|percent|[:.,]\d))"
_PREP_MONTH = (
    r"(?P<prep>(?i:in|since|during|until|till|by|before|after|from|through|throughout|to|last|this|"
    r"month\s+of))"
)
_PREP_YEAR = (
    r"(?P<prep>(?i:in|since|during|until|till|by|before|after|from|through|throughout|between|"
    rf"in\s+the\s+year|(?:spring|summer|autumn|fall|winter)(?:\s+of)?|{_COMM_NOUN}\s+(?:of|dated)|"
    rf"(?:his|her|their|its|'s|’s)(?=\s+1[789]\d\d\s+{_COMM_NOUN})))"
)
_WD_BEFORE = r"(?<!Good\s)(?<!Black\s)(?<!Holy\s)(?<!Mail\son\s)"
_WD_AFTER = (
    r"(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Observer|Independent|Star|Mail|"
    r"Sport|Night\s+Live|School|Service|Prayers?|Market|Club))"
)
_NO_DAY_BEFORE = r"(?<!\d\s)(?<!\dst\s)(?<!\dnd\s)(?<!\drd\s)(?<!\dth\s)"  # "31 April 2018" is no month
_PART_OF_DAY = r"(?i:morning|afternoon|evening|night)"
_DIGITS = tuple("0123456789")
_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class _Rule:
    keys: tuple[str, ...]  # the rule runs only when the lower-cased text holds one of these
    pattern: re.Pattern[str]
    handler: _Handler


_RULES: tuple[_Rule, ...] = (
    _Rule(("-",), re.compile(rf"(?<![\w/.-]){_YEAR_FULL}-(?P<mon>\d\d?)-(?P<day>\d\d?)(?!\d)"), _iso),
    _Rule(
        _DIGITS,
        re.compile(
            r"(?<![\w/.:-])(?P<a>\d\d?)(?P<sep>[/.-])(?P<b>\d\d?)(?P=sep)(?P<year>\d{4})(?!\d|[/.-]\d)"
        ),
        _numeric,
    ),
    _Rule(
        _DIGITS,
        re.compile(
            r"(?<![\w/.:-])(?P<a>\d\d?)(?P<sep>[/.])(?P<b>\d\d?)(?P=sep)(?P<yy>\d\d)(?!\d|[/.]\d|[.,]\d)"
        ),
        _numeric_short_year,
    ),
    _Rule(
        _MONTH_KEYS,
        re.compile(
            rf"\b(?<![/]){_MONTH}\s+{_DAY}{_NOT_AFTER_DAY}(?:,?\s*(?:of\s+)?{_YEAR_FULL}{_NO_RANGE})?"
        ),
        _day_month,
    ),
    _Rule(
        _MONTH_KEYS,
        re.compile(rf"\b(?<![/.:-]){_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s*(?:of\s+)?{_YEAR_FULL}{_NO_RANGE})?"),
        _day_month,
    ),
    _Rule(_MONTH_KEYS, re.compile(rf"{_ENTRY}{_YEAR_FULL},\s+{_MONTH}\s+{_DAY}"), _day_month),
    _Rule(
        _MONTH_KEYS,
        re.compile(
            rf"{_ENTRY}(?P<expr>(?P<mod>){_YEAR_FULL},\s+{_MONTH})(?=\.)"
        ),  # "1587, March." (not "2019, May wrote")
        _month_year,
    ),
    _Rule(
        ("christmas", "new year", "boxing"),
        re.compile(rf"\b{FEAST}(?:,?\s*(?:of\s+)?{_YEAR_FULL}{_NO_RANGE})?"),
        _day_month,
    ),
    _Rule(
        _MONTH_KEYS,
        re.compile(
            rf"\b{_NO_DAY_BEFORE}(?P<expr>(?:{_MOD}[\s-]+)?{_MONTH},?\s+(?:of\s+)?{_YEAR_FULL}){_NO_RANGE}"
        ),
        _month_year,
    ),
    _Rule(
        _MONTH_KEYS,
        re.compile(rf"\b(?:{_PREP_MONTH}\s+)?(?P<expr>(?:{_MOD}[\s-]+)?{_MONTH_FULL})(?!\.?,?\s*\d)"),
        _month_in_context,
    ),
    _Rule(
        ("17", "18", "19", "20"),
        re.compile(rf"\b{_PREP_YEAR}\s+(?P<expr>(?:{_MOD}[\s-]+)?{_YEAR})(?!s\b|'s\b){_NO_RANGE}"),
        _year,
    ),
    _Rule(
        ("day",),
        re.compile(
            rf"\b{_WD_BEFORE}(?P<expr>(?:(?P<rel>(?i:last|next|this\s+past|past|coming))\s+)?"
            rf"(?P<wd>{_names(_WEEKDAYS)})\b(?:(?:'s|’s)\b|\s+{_PART_OF_DAY}\b)?){_WD_AFTER}"
        ),
        _weekday,
    ),
)
_GAP_WEEKDAY_DATE = re.compile(r"\s*[,(]?\s*")  # "Friday evening, October 26, 1962"
_GAP_DATE_WEEKDAY = re.compile(r"\s*[,(]\s*")  # "4 April 2018 (Wednesday)"

# ---------------------------------------------------------------- selection and merging


def _candidates(text: str, report_date: date | None) -> list[_Hit]:
    """Every hit of every rule whose key words occur in the text (overlaps allowed)."""
    low = text.lower()
    matches = [
        (m, r.handler) for r in _RULES if any(k in low for k in r.keys) for m in r.pattern.finditer(text)
    ]
    if any(k in low for k in _RELATIVE_KEYS):
        pattern, subject = (_RELATIVE_LOWER, low) if len(low) == len(text) else (_RELATIVE_ANYCASE, text)
        matches.extend((m, _relative) for m in pattern.finditer(subject))
    hits = (handler(m, report_date) for m, handler in matches)
    return [hit for hit in hits if hit is not None]


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Longest hits first, dropping any that overlap a hit already kept; then in text order."""
    chosen: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def _merge_weekdays(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Fold a weekday written next to an explicit date into that date."""
    merged: list[_Hit] = []
    i = 0
    while i < len(hits):
        pair = _pair(text, hits[i], hits[i + 1]) if i + 1 < len(hits) else None
        merged.append(pair or hits[i])
        i += 2 if pair else 1
    return merged


def _pair(text: str, a: _Hit, b: _Hit) -> _Hit | None:
    if a.weekday is not None and b.explicit_day and _GAP_WEEKDAY_DATE.fullmatch(text, a.end, b.start):
        return _combine(text, b, a.weekday, a.start, b.end)
    if a.explicit_day and b.weekday is not None and _GAP_DATE_WEEKDAY.fullmatch(text, a.end, b.start):
        return _combine(text, a, b.weekday, a.start, b.end)
    return None


def _combine(text: str, dated: _Hit, weekday: int, start: int, end: int) -> _Hit:
    if "(" in text[start:end] and ")" not in text[start:end] and text.startswith(")", end):
        end += 1
    interval = dated.interval
    if interval.earliest is not None and interval.precision == "day":
        interval = replace(interval, basis=f"{interval.basis}; {_weekday_note(interval.earliest, weekday)}")
    return _Hit(start, end, interval, dated.relative, yearless=dated.yearless)


def _weekday_note(day: date, weekday: int) -> str:
    actual = day.weekday()
    if actual == weekday:
        return "weekday agrees"
    given, real = _WEEKDAYS[weekday].capitalize(), _WEEKDAYS[actual].capitalize()
    return f"weekday mismatch: {given} given, {day.isoformat()} is a {real}"


def _mention(text: str, hit: _Hit, offset: int) -> DateMention:
    span = Span(hit.start + offset, hit.end + offset)
    interval = replace(hit.interval, span=span)
    return DateMention(span, text[hit.start : hit.end], interval, hit.relative, hit.yearless)


# ---------------------------------------------------------------- public API


def find_dates(text: str, report_date: date | None, offset: int = 0) -> list[DateMention]:
    """Every date expression in ``text`` (one sentence or clause), resolved to an interval."""
    hits = _merge_weekdays(text, _select(_candidates(text, report_date)))
    return [_mention(text, hit, offset) for hit in hits]


def in_year(mention: DateMention, year: int) -> DateInterval:
    """A yearless day or month ("on 5 March", "in May") placed in a year the text gives elsewhere."""
    if not mention.yearless:
        return mention.interval
    end_of_year = date(year, 12, 31)
    found = resolve(mention.text, end_of_year)
    if not found.known:  # a month alone counts only after a preposition
        found = resolve(f"in {mention.text}", end_of_year)
    return replace(found, span=mention.span, basis="in the year given nearby")


def resolve(expr: str, report_date: date | None) -> DateInterval:
    """Resolve one date expression against the report's own date (None: the report has no date)."""
    mentions = find_dates(expr, report_date)
    return mentions[0].interval if mentions else unknown("unrecognised")
