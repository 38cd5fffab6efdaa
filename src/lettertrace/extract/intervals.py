"""Date intervals: their precision, calendar bounds, overlap, and the window an undated act falls in.

Precision is read off the interval itself (:func:`lettertrace.models.precision_of`), never carried
over from where it came from, so a label can neither claim more nor less than the bounds say:

* ``day``: both bounds are the same day;
* ``month``: the bounds are exactly one whole calendar month ("in March 2021", "last month");
* ``year``: the bounds are exactly one whole calendar year ("in 1862");
* ``range``: any other interval with both bounds: a week, "recently" (two weeks), the month so far
  ("earlier this month"), the week an undated act is guessed to fall in, two years;
* ``unknown``: a bound is missing.

Every interval built here goes through :func:`interval`, and :func:`relabel` fixes the label of
one built elsewhere after its bounds were changed.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from ..models import DateInterval, Span
from ..models import date_width as date_width  # re-exported: the one definition lives in models.py
from ..models import precision_of as precision_of

RECENT_WINDOW_DAYS = 7  # an undated "has sent": the week up to the report date


def interval(
    earliest: date | None, latest: date | None, basis: str, span: Span | None = None
) -> DateInterval:
    """An interval labelled by its own width."""
    return DateInterval(earliest, latest, precision_of(earliest, latest), span, basis)


def relabel(x: DateInterval) -> DateInterval:
    """The same interval with the precision its bounds support."""
    right = precision_of(x.earliest, x.latest)
    return x if right == x.precision else replace(x, precision=right)


def unknown(basis: str) -> DateInterval:
    return DateInterval(None, None, "unknown", None, basis)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_month(day: date, months: int) -> tuple[int, int]:
    """(year, month) of the month ``months`` before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - months
    return index // 12, index % 12 + 1


def week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def intersect(a: DateInterval, b: DateInterval) -> DateInterval | None:
    """The overlap of two intervals (None when they are incompatible); open bounds allowed."""
    lows = [d for d in (a.earliest, b.earliest) if d is not None]
    highs = [d for d in (a.latest, b.latest) if d is not None]
    low, high = (max(lows) if lows else None), (min(highs) if highs else None)
    if low is not None and high is not None and low > high:
        return None
    for side in sorted((a, b), key=lambda x: date_width(x.earliest, x.latest)):
        if (side.earliest, side.latest) == (low, high):
            return relabel(side)
    return interval(low, high, f"{a.basis} & {b.basis}", a.span or b.span)


def recent_past(report_date: date | None) -> DateInterval:
    """What an undated 'has sent' means: some day in the week up to the report date.

    The report fixes no date, so the interval is a window of eight days, labelled ``range``.
    """
    if report_date is None:
        return unknown("recent past: no report date")
    start = report_date - timedelta(days=RECENT_WINDOW_DAYS)
    return interval(start, report_date, f"recent past: {RECENT_WINDOW_DAYS} days up to the report date")


def is_guess(x: DateInterval) -> bool:
    """The recent-past window of an act the report does not date: a guess, not the report's words."""
    return x.basis.startswith("recent past")


def is_historical(found: date, report_date: date) -> bool:
    """A date more than a year before the report: the report tells of the past, not of news."""
    return found < report_date - timedelta(days=366)


# ---------------------------------------------------------------- relative words, as arithmetic on the report date

# Feasts on a fixed day of the year, read as that day and month ("on Christmas Eve, 1940").
FEASTS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
}
FEASTS["new year's day"] = (1, 1)
FEAST = r"(?P<feast>Christmas\s+(?:Eve|Day)|Boxing\s+Day|New\s+Year[’']s\s+(?:Eve|Day))\b"


def feast_day(name: str) -> tuple[int, int]:
    """Month and day of a feast named in ``FEAST``."""
    return FEASTS[" ".join(name.lower().replace("’", "'").split())]


NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30,
}  # fmt: skip

RelFn = Callable[[date, str], tuple[date, date]]


def days(n_from: int, n_to: int) -> RelFn:
    return lambda r, words: (r - timedelta(days=n_from), r - timedelta(days=n_to))


def number_of(words: str) -> int:
    for token in words.split():
        if token.isdigit():
            return int(token)
        if token in NUMBER_WORDS:
            return NUMBER_WORDS[token]
    return 1


def unit_of(words: str) -> str:
    return next((u for u in ("hour", "day", "week", "month", "year") if u in words), "day")


def n_ago(r: date, words: str) -> tuple[date, date]:
    """'two days ago', 'a week ago', 'three months ago', 'an hour ago', 'a day earlier'."""
    n, unit = number_of(words), unit_of(words)
    if unit == "hour":
        return r, r
    if unit == "day":
        return r - timedelta(days=n), r - timedelta(days=n)
    if unit == "week":
        return week_of(r - timedelta(days=7 * n))
    return month_bounds(*shift_month(r, n)) if unit == "month" else year_bounds(r.year - n)


_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
ANNIVERSARY_COUNT = (
    r"(?:\d{1,3}|(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + "|".join(_ONES) + r"))?|half\s+a|a\s+hundred|"
    r"one\s+hundred|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
)
ANNIVERSARY = (
    rf"{ANNIVERSARY_COUNT}\s+(?:years?|decades?|century|centuries)\s+ago\s+"
    r"(?:today|tonight|this\s+(?:morning|afternoon|evening|week|month))"
)


def anniversary(r: date, words: str) -> tuple[date, date]:
    """'forty years ago today', 'a century ago this week', 'three decades ago this month': the report's own
    day (week, month) so many years back."""
    ws = words.replace("-", " ").split()
    n = 50 if ws[:2] == ["half", "a"] else 100 if "hundred" in ws[:2] else 0
    if not n:
        n = next((int(w) for w in ws if w.isdigit()), 0) or sum(
            _TENS.get(w, 0) + _ONES.get(w, 0) for w in ws[:2]
        )
        n = n or NUMBER_WORDS.get(ws[0], 1)
    unit = next((w for w in ws if w.startswith(("year", "decade", "centur"))), "year")
    n *= 10 if unit.startswith("decade") else 100 if unit.startswith("centur") else 1
    try:
        day = r.replace(year=r.year - n)
    except ValueError:  # 29 February
        day = r.replace(year=r.year - n, day=28)
    if words.endswith("week"):
        return week_of(day)
    if words.endswith("month"):
        return month_bounds(day.year, day.month)
    return day, day


RECENT_DAYS = 14  # "recently", "a recent letter", "a while ago": the two weeks up to the report date
FEW_AGO = {"hour": (0, 0), "day": (7, 1), "week": (35, 7), "month": (180, 30), "year": (5 * 365, 365)}
RECENT_SPAN = {"day": 7, "week": 35, "month": 180}


def few_ago(r: date, words: str) -> tuple[date, date]:
    """'a few days ago', 'several weeks ago', 'hours earlier'."""
    far, near = FEW_AGO[unit_of(words)]
    return r - timedelta(days=far), r - timedelta(days=near)


def recent_unit(r: date, words: str) -> tuple[date, date]:
    """'in recent days', 'over the past few weeks', 'in the last months'."""
    return r - timedelta(days=RECENT_SPAN[unit_of(words)]), r


def last_unit(r: date, words: str) -> tuple[date, date]:
    """'last week', 'last month', 'last year': the previous calendar unit."""
    return n_ago(r, "1 " + unit_of(words))


def this_unit(r: date, words: str) -> tuple[date, date]:
    """'this week', 'earlier this month', 'this year': start of the unit up to the report date."""
    unit = unit_of(words)
    if unit == "week":
        return week_of(r)[0], r
    return (r.replace(day=1), r) if unit == "month" else (date(r.year, 1, 1), r)


def weekend(r: date, words: str) -> tuple[date, date]:
    saturday = r - timedelta(days=(r.weekday() - 5) % 7)
    return saturday, min(saturday + timedelta(days=1), r)


def weekday_interval(wd: int, direction: str, report_date: date) -> DateInterval:
    """The weekday ``wd`` 'last', 'next' or bare: the most recent such day on or before the report date."""
    if direction == "next":
        delta = (wd - report_date.weekday()) % 7 or 7
        found = report_date + timedelta(days=delta)
        return interval(found, found, "weekday after report")
    delta = (report_date.weekday() - wd) % 7
    if direction == "last" and delta == 0:
        delta = 7
    found = report_date - timedelta(days=delta)
    return interval(found, found, "weekday: report date" if delta == 0 else "weekday before report")
