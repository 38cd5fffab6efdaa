"""Calendar dates as reports and their pages write them: the date primitives of ``meta``.

* ``find_dates`` reads every full date (day, month and year) in a line: "Fri, 6 March 2020",
  "March 6th, 2020", "06/Mar/2020", "06-MAR-2020", "2020-03-06", "6.3.2020", "06-03-2020", "March 6/2020",
  "March 6, Era 109 (2020)", "Era 109 (2020).3.6." (a local era's year with the common year after it); a year glued to the time that
  follows it ("Aug 17, 201206:38 AM", a header whose space was lost) still counts;
* ``time_next_to`` tells whether a time of day stands beside a date ("May 3, 2020 - 10:15");
* ``url_date`` reads the date in a page address: /2020/05/03/, /2020/May/03/, /20200503/,
  /2020-05-03-slug; a month alone (/2020/05/) is no date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from lettertrace.clean import MONTH, WEEKDAY
from lettertrace.solar_hijri import solar_hijri_dates

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_MONTH_KEYS = "january february march april may june july august september october november december".split()
_WEEKDAYS = {d: i for i, d in enumerate("mon tue wed thu fri sat sun".split())}
_WD = rf"(?:\b(?P<wd>{WEEKDAY})\.?,?\s+)?"
_YEAR_DIGITS = r"(?P<year>(?:1[7-9]|20)\d\d)"  # a page of 1893 has its date too
# A year ends at a non-digit, or runs straight into a two-digit clock time ("201206:38").
_YEAR = _YEAR_DIGITS + r"(?:(?!\d)|(?=[0-2]\d:[0-5]\d(?!\d)))"
_DATE_RES = (  # "June 4, 2021", "October, 21, 2025" (as an agency's page header writes it)
    re.compile(
        rf"{_WD}\b(?P<mon>{MONTH})\.?,?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[,.]\s*|\s+){_YEAR}", re.I
    ),
    re.compile(
        rf"{_WD}(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})\b\.?,?\s+{_YEAR}", re.I
    ),
    re.compile(
        rf"{_WD}(?<!\d)(?P<day>\d{{1,2}})\s*(?P<sep>[/-])\s*(?P<mon>{MONTH})\s*(?P=sep)\s*{_YEAR}", re.I
    ),
    re.compile(
        rf"(?<![\d.-])(?<!\d/){_YEAR_DIGITS}(?P<sep>[-/.])(?P<mnum>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?!\d)"
    ),
    re.compile(rf"{_WD}(?<![\d/.-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep){_YEAR}"),
    # "June 4/2021"; "June 4, Era 110 (2021)": the year of an era and the common year after it
    re.compile(rf"{_WD}\b(?P<mon>{MONTH})\.?\s+(?P<day>\d{{1,2}})\s*/\s*{_YEAR}", re.I),
    re.compile(rf"{_WD}\b(?P<mon>{MONTH})\.?\s+(?P<day>\d{{1,2}}),?\s+[A-Z][a-z]+\s+\d{{1,4}}\s+\({_YEAR}\)"),
    # "Era 110 (2021).6.4.": the era's year, the common year in brackets, then month and day
    re.compile(rf"\b[A-Z][a-z]+\s*\d{{1,4}}\s*\({_YEAR}\)\.(?P<mnum>[01]?\d)\.(?P<day>[0-3]?\d)(?!\d)"),
)
_CLOCK = r"(?:[0-2]?\d[:.][0-5]\d(?:[:.][0-5]\d)?(?:\s*[ap]\.?m\b\.?)?|[01]?\d\s*[ap]\.?m\b\.?)"
_TIME_AFTER = re.compile(rf"[\s,/|•·–—-]*(?:at\s+)?{_CLOCK}", re.I)
_TIME_BEFORE = re.compile(rf"{_CLOCK}(?:\s*(?:hrs|h|[A-Z]{{2,4}}))?[\s,/|•·–—-]*$", re.I)
DATE_LABELS = frozenset("published posted updated dated released issued created modified".split())
UPDATED = re.compile(r"\bupdat", re.I)
_LABEL = re.compile(r"([^\W\d_]+)\s*:\s*$")
_FIELD_EDGE = re.compile(r"(?:^|[/|•·–—:]|\s-)\s*$")
_URL_DATES = (
    re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<mon>[01]?\d)/(?P<day>[0-3]?\d)(?=[/?#._-]|$)"),
    re.compile(rf"/(?P<year>(?:19|20)\d\d)/(?P<mname>{MONTH})/(?P<day>[0-3]?\d)(?=[/?#._-]|$)", re.I),
    re.compile(r"/(?P<year>(?:19|20)\d\d)(?P<mon>[01]\d)(?P<day>[0-3]\d)(?=[/?#]|$)"),
    re.compile(r"[/_-](?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?=[/?#._-]|$)"),
)


# A date of another calendar before the common one in a dateline ("Mecca, 3 Dhu al-Qadah 1442 AH, corresponding
# to 14 June 2021"; "Jeddah, Shawwal 12, 1441, June 4, 2020"; "MECCA — Friday 2 Rajab 1447 AH, corresponding to"): a capitalised month name
# of up to three words, a day and a year of three or four digits, then a comma or "corresponding to".
_OTHER_CALENDAR = re.compile(
    rf"(?:,|\s[-\u2013\u2014])\s*(?:{WEEKDAY},?\s+)?(?:\d{{1,2}}\s+)?[A-Z][\w'-]*(?:[\s-]+[A-Za-z][\w'-]*){{0,2}}\s+(?:\d{{1,2}},?\s+)?"
    r"\d{3,4}\s*(?:A\.?\s?H\.?|H\.?|S\.?H\.?)?(?:\s*,\s*(?:corresponding\s+to\s*)?|\s+corresponding\s+to\s*)$"
)


def without_other_calendar(prefix: str) -> str:
    """What precedes a dateline's date, less a date of another calendar written before it."""
    return _OTHER_CALENDAR.sub(", ", prefix)


@dataclass(frozen=True)
class DateMatch:
    """A full calendar date found in a line: ``text[start:end]`` names ``date``."""

    date: dt.date
    start: int
    end: int
    weekday_ok: bool | None  # None when no weekday is given


def find_dates(text: str) -> list[DateMatch]:
    """Every full date (day, month and year) written in ``text``, left to right, without overlaps."""
    found = _us_stamps(text)  # "09/05/2024 04:30 PM EDT": month first, before a US clock
    found += [d for rx in _DATE_RES for m in rx.finditer(text) if (d := _to_date(m)) is not None]
    found += [DateMatch(day, a, b, None) for day, a, b in solar_hijri_dates(text)]  # "Mehr 20, 1404"
    if not found and _FOREIGN_SHAPE.search(text):
        found = _foreign_dates(text)
    found.sort(key=lambda d: (d.start, -d.end))
    result: list[DateMatch] = []
    for d in found:
        if not result or d.start >= result[-1].end:
            result.append(d)
    return result


# A date whose month is named in another language, as the header of an English edition may write it
# ("Viernes 4 de junio de 2021", "Freitag, 4. Juni 2021", "2021. június 4."): the shape is tested
# first, and only then are the month names of the languages below read from dateparser's locale data.
_FOREIGN_SHAPE = re.compile(
    r"(?<!\d)\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?(?:1[7-9]|20)\d\d\b"
    r"|\b(?:1[7-9]|20)\d\d\.\s+[^\W\d_]{3,}\s+\d{1,2}\."
)
_LANGUAGES = "es pt fr it de nl id ms tr hu sv da nb ro pl cs sk hr sl fi ca".split()


@lru_cache(maxsize=1)
def _foreign_months() -> tuple[dict[str, int], tuple[re.Pattern[str], ...]]:
    from dateparser.languages.loader import default_loader  # type: ignore[import-untyped]

    months: dict[str, int] = {}
    for code in _LANGUAGES:
        info = default_loader.get_locale(code).info
        for number, key in enumerate(_MONTH_KEYS, start=1):
            for name in info.get(key, []):
                if len(name) >= 3 and name.isalpha() and not set(name) <= set("IVXivx"):
                    months.setdefault(name.lower(), number)
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    patterns = (
        re.compile(
            rf"(?<!\d)(?P<day>\d{{1,2}})\.?\s+(?:de\s+)?(?P<mname>{names})\.?,?\s+(?:de\s+)?{_YEAR}", re.I
        ),
        re.compile(rf"\b{_YEAR_DIGITS}\.\s+(?P<mname>{names})\s+(?P<day>\d{{1,2}})\.", re.I),
    )
    return months, patterns


def _foreign_dates(text: str) -> list[DateMatch]:
    months, patterns = _foreign_months()
    found = []
    for rx in patterns:
        for m in rx.finditer(text):
            try:
                date = dt.date(int(m["year"]), months[m["mname"].lower()], int(m["day"]))
            except ValueError:
                continue
            found.append(DateMatch(date, m.start(), m.end(), None))
    return found


def _to_date(m: re.Match[str]) -> DateMatch | None:
    groups = m.groupdict()
    year, day = int(groups["year"]), groups.get("day")
    if groups.get("mon"):
        month = _MONTHS[groups["mon"][:3].lower()]
    elif groups.get("mnum"):
        month = int(groups["mnum"])
    else:
        day, month = _day_month(int(groups["a"]), int(groups["b"]))
    try:
        date = dt.date(year, month, int(str(day)))
    except ValueError:
        return None
    wd = groups.get("wd")
    ok = None if not wd else _WEEKDAYS[wd[:3].lower()] == date.weekday()
    return DateMatch(date, m.start(), m.end(), ok)


# A numeric date with a clock time and a US time zone after it, as American sites stamp a story ("09/05/2024
# 04:30 PM EDT", "04/03/24 9:40 AM ET"): the month comes first there, and the year may have two digits. Only
# zones no day-first country writes (not EST, CST, PST, MST: Australia, China, Pakistan, Malaysia).
_US_STAMP = re.compile(
    r"(?<![\d/.-])(?P<mon>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)(?![\d/])"
    r"(?=,?\s+(?:at\s+)?[0-2]?\d:[0-5]\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:E|C|M|P)D?T\b)"
)


def _us_stamps(text: str) -> list[DateMatch]:
    out = []
    for m in _US_STAMP.finditer(text):
        year = int(m.group("year")) + (2000 if len(m.group("year")) == 2 else 0)
        try:
            out.append(
                DateMatch(dt.date(year, int(m.group("mon")), int(m.group("day"))), m.start(), m.end(), None)
            )
        except ValueError:
            continue
    return out


_NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-]\d{4}")


def other_reading(text: str, m: DateMatch) -> DateMatch | None:
    """A numeric date either of whose readings is a day ("05/01/2023": 5 January or May 1): the reading
    not taken; None for any other date."""
    n = _NUMERIC.fullmatch(text[m.start : m.end])
    if n is None or int(n["a"]) > 12 or int(n["b"]) > 12 or n["a"] == n["b"]:
        return None
    return replace(m, date=m.date.replace(month=m.date.day, day=m.date.month))


def _day_month(a: int, b: int) -> tuple[int, int]:
    """Numeric a/b: day/month unless impossible, then month/day."""
    return (b, a) if b > 12 and a <= 12 else (a, b)


def time_next_to(text: str, m: DateMatch) -> bool:
    """True when a clock time stands right after or right before the date ``m`` in ``text``."""
    return bool(_TIME_AFTER.match(text, m.end) or _TIME_BEFORE.search(text[: m.start]))


def opens_field(prefix: str) -> bool:
    """True when a date opens a field of a stamp line: what precedes it ends with a separator."""
    return _FIELD_EDGE.search(prefix) is not None


def foreign_label(prefix: str) -> bool:
    """True when a date is labelled ("Sent:", "Date:") by a word that does not name publication."""
    m = _LABEL.search(prefix)
    if m is None:
        return False
    return not UPDATED.search(m.group(1)) and m.group(1).lower() not in DATE_LABELS


def url_date(url: str | None) -> dt.date | None:
    """A full publication date in the path of the page's URL, if any (never a month alone)."""
    path = re.sub(r"^[a-z][\w+.-]*://[^/]+", "", url or "", flags=re.I)
    for rx in _URL_DATES:
        for m in rx.finditer(path):
            mname = m.groupdict().get("mname")
            month = _MONTHS[mname[:3].lower()] if mname else int(m.group("mon"))
            try:
                return dt.date(int(m.group("year")), month, int(m.group("day")))
            except ValueError:
                continue
    return None


def is_date_line(text: str) -> bool:
    """True when a line is little more than a date (a weekday, a time, a label word or two)."""
    dates = find_dates(text)
    if not dates:
        return False
    rest, pos = [], 0
    for d in dates:
        rest.append(text[pos : d.start])
        pos = d.end
    rest.append(text[pos:])
    words = _CLOCK_TIME.sub(
        " ", " ".join(rest)
    )  # "Published on 16 October 2025, at 5:40 pm": its time of day
    return len(re.findall(r"[^\W\d_]{2,}", words)) < 3


# A time of day written with a date ("at 5:40 pm", "17:40 CET", "11.15 a.m."): no words of a sentence.
_CLOCK_TIME = re.compile(r"(?i)\b(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?(?:\s+[A-Z]{2,4}\b)?")


HitKind = Literal["article", "site", "stamp"]


@dataclass(frozen=True)
class DateHit:
    """A candidate publication date and where it came from."""

    date: dt.date
    kind: HitKind
    weekday_ok: bool | None
    span: tuple[int, int] | None  # clean span, None for dropped furniture and stamps
