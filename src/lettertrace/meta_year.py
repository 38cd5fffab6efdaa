"""The year a dateline leaves out: "OSLO, May 2 (NTB) --" names the day of the report but not its year.

Wire copy often carries the full date once more in a line of its own: a stamp under the text
("NTB/ab 2021-05-02 14:05"), a date line in the page's furniture ("Sunday, 2 May 2021"). When the
dateline gives a month and a day and a line that is not prose gives a full date of that same month
and day, the report is of that date; the year is taken only when all such lines agree on it.

A date line that belongs to a reproduced letter (a salutation follows it, the line before opens a text,
or a complimentary close or a signature stands just above it) is the letter's own date and tells
nothing about the report's year; so is a date after a place ("Oslo, 8 May 1945", a letter's or a
picture's). A date inside a sentence never counts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

from lettertrace.clean_lines import MONTH, WEEKDAY, is_closing, is_prose, is_salutation
from lettertrace.meta_dates import _MONTHS, DateMatch, find_dates, foreign_label, other_reading
from lettertrace.meta_lead import dated_by_text, lead_date, told_weekday

# a day and a month with no year after them: "May 2", "2 May", "Sept. 14"
_MONTH_DAY = re.compile(
    rf"\b(?P<mon>{MONTH})\.?\s+(?P<day>\d{{1,2}})\b|\b(?P<day2>\d{{1,2}})\s+(?P<mon2>{MONTH})\b", re.I
)
_YEAR_NEXT = re.compile(r"\s*(?:st|nd|rd|th)?\s*[,./]?\s*(?:1[7-9]|20)\d\d\b")
_PLACE_BEFORE = re.compile(r"([^\W\d_][\w.'’-]*)\s*,\s*$")
_WEEKDAY = re.compile(rf"{WEEKDAY}\.?", re.I)
MAX_LINE = 120
DATELINE_REACH = 80  # a dateline's day stands in the first characters of its paragraph


class _Line(Protocol):
    @property
    def text(self) -> str: ...


def dateline_day(text: str, prefix_ok: Callable[[str], bool]) -> tuple[int, int, int, int] | None:
    """(month, day, start, end) of a dateline that opens ``text`` without a year; ``prefix_ok`` tells
    whether what precedes the day reads as a dateline's place and credit."""
    for m in _MONTH_DAY.finditer(text[:DATELINE_REACH]):
        if _YEAR_NEXT.match(text, m.end()) or not prefix_ok(text[: m.start()]):
            continue
        month = _MONTHS[(m.group("mon") or m.group("mon2"))[:3].lower()]
        return month, int(m.group("day") or m.group("day2")), m.start(), m.end()
    return None


def year_of_day(day: tuple[int, int], lines: Sequence[_Line]) -> tuple[int, DateMatch] | None:
    """The line (by index) and date of the one year that lines which are not prose give to ``day``."""
    found: list[tuple[int, DateMatch]] = []
    for i, line in enumerate(lines):
        text = line.text
        if len(text) > MAX_LINE or is_prose(text) or _letters_date(lines, i):
            continue
        dates = [
            m for m in find_dates(text) if not foreign_label(text[: m.start]) and not _placed(text[: m.start])
        ]
        found += [(i, m) for m in dates if (m.date.month, m.date.day) == day]
        found += [  # "Kessel City, May 1" over "05/01/2023": the page writes its month first
            (i, o)
            for m in dates
            if (o := other_reading(text, m)) is not None and (o.date.month, o.date.day) == day
        ]
    if not found or len({m.date.year for _, m in found}) != 1:
        return None
    return found[0]


def _placed(prefix: str) -> bool:
    """A place before the date ("Oslo, 8 May 1945"): a letter's or a picture's date, not a stamp's (a
    weekday before it is no place: "Friday, 8 May 2020"); a label ("Next meeting:") is neither."""
    m = _PLACE_BEFORE.search(prefix)
    return m is not None and _WEEKDAY.fullmatch(m.group(1)) is None


def _letters_date(lines: Sequence[_Line], i: int) -> bool:
    before = [line.text for line in lines[max(i - 3, 0) : i]]
    after = lines[i + 1].text if i + 1 < len(lines) else ""
    if is_salutation(after) or (before and before[-1].rstrip().endswith(":")):
        return True
    return any(is_closing(text) for text in before)


def completed(
    openings: Sequence[_Line], lines: Sequence[_Line], prefix_ok: Callable[[str], bool]
) -> tuple[int, DateMatch] | None:
    """The full date a line of ``lines`` gives to the day of the first dateline among ``openings``, else
    the year the text gives it (``meta_lead``); with no dateline day, the day the lead tells its news on."""
    first = next((i for i, line in enumerate(lines) if openings and line is openings[0]), len(lines))
    alone = [line for line in lines[:first] if len(line.text) <= MAX_LINE]  # "TOKYO, March 21, Kyodo"
    weekday = told_weekday(openings[0].text) if openings else None
    for line in [*openings, *alone]:
        found = dateline_day(line.text, prefix_ok)
        if found is not None:
            day = found[:2]
            return (
                year_after_credit(line, lines, found)
                or same_day_beside(line, lines, found)
                or year_of_day(day, lines)
                or year_ahead(day, lines)
                or dated_by_text(line, lines, found, weekday, False)
            )
    return lead_date(openings, lines)


# the credit after a dateline's day and the year after it: "Havana, Mar 13 (Prensa Latina) 2024"
_CREDIT_YEAR = re.compile(r"\s*\([^()\n]{1,40}\)\s*[,.-]?\s*(?P<year>(?:1[7-9]|20)\d\d)\b(?!\s*\w)")


def year_after_credit(
    line: _Line, lines: Sequence[_Line], found: tuple[int, int, int, int]
) -> tuple[int, DateMatch] | None:
    """A dateline that writes its year after the agency's credit ("Lima, Feb. 6 (ANDINA) 2024"), the line
    ending there: the day of that year."""
    month, day, start, end = found
    m = _CREDIT_YEAR.match(line.text, end)
    if m is None:
        return None
    try:
        date = dt.date(int(m["year"]), month, day)
    except ValueError:
        return None
    return next(i for i, other in enumerate(lines) if other is line), DateMatch(date, start, m.end(), None)


def same_day_beside(
    line: _Line, lines: Sequence[_Line], found: tuple[int, int, int, int]
) -> tuple[int, DateMatch] | None:
    """'Tehran, Oct 13, IRNA (Mehr 22, 1403) --': the dateline gives the same day in another calendar with
    its year, right after the day it leaves without one; that day, of that year."""
    month, day, start, end = found
    near = [
        m
        for m in find_dates(line.text[: end + 60])
        if m.start >= end and (m.date.month, m.date.day) == (month, day)
    ]
    if not near:
        return None
    at = next(i for i, other in enumerate(lines) if other is line)
    return at, DateMatch(near[0].date, start, near[0].end, None)


AHEAD_DAYS = 62  # how far after the dateline's day a date the text looks ahead to may fall


def year_ahead(day: tuple[int, int], lines: Sequence[_Line]) -> tuple[int, DateMatch] | None:
    """'BRUSSELS, June 20 (Reuters) - ... the safeguard, which is due to expire on June 30, 2024': a full
    date in the text a few weeks after the dateline's day (a deadline, a meeting to come) is of the report's
    year, or of the next when the year turns between them. Only dates ahead count: an anniversary piece
    names the past ("on June 6, 1944"), never a day to come in it. Only sentences count, never a line of
    their own. The year all such dates give, or None."""
    found: list[tuple[int, DateMatch]] = []
    for i, line in enumerate(lines):
        if not is_prose(line.text):
            continue  # a sentence of the text, not a line of furniture or a letter's date ("Geneva, 5 June 2021")
        for m in find_dates(line.text):
            for year in (m.date.year, m.date.year - 1):
                try:
                    report = dt.date(year, *day)
                except ValueError:
                    continue
                if 0 < (m.date - report).days <= AHEAD_DAYS:
                    found.append((i, replace(m, date=report)))
    if not found or len({m.date.year for _, m in found}) != 1:
        return None
    return found[0]


def month_first(
    date: dt.date,
    span: tuple[int, int] | None,
    text: str,
    openings: Sequence[_Line],
    prefix_ok: Callable[[str], bool],
) -> dt.date:
    """'05/01/2023 11:27 AM' over 'Kessel City, May 1 (KNA)': a numeric date either of whose readings is a day
    takes the reading the dateline's day agrees with."""
    other = other_reading(text, DateMatch(date, *span, None)) if span is not None else None
    if other is None:
        return date
    for line in openings:
        found = dateline_day(line.text, prefix_ok)
        if found is not None:
            return other.date if found[:2] == (other.date.month, other.date.day) else date
    return date
