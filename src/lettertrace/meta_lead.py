"""The report's day told in its lead, and the year of a day written without one.

Agency copy often dates the report in its first sentence rather than in a dateline ("ASTANA. KAZINFORM -
The minister said on Wednesday, 18 September 2024, that ..."; "..., the press service reported on Friday,
May 17, 2024."). A date right after a verb of saying or reporting in the first paragraph is the day the
report tells its news: the report's day.

A dateline or a lead may give a day without a year ("SEOUL, June 27 (Yonhap) --", "reported on Tuesday,
26 November"). When no line of the page gives the year (``meta_year``), the text may fix it. A report comes
after the past it tells, so its year is no earlier than the latest year the text names (years looked ahead to,
"by 2026", "ahead of the 2024 election", "will ... in 2025", do not count). That floor alone is not the year
(a piece recalls "the landings of June 6, 1944"), but with a weekday told of the report's day ("the ministry
said on Wednesday", "sources said Thursday"; the day before allowed, as agencies report a statement of the day
before, unless the weekday is written with the day itself) it is: the first year from the floor in which the
day falls on that weekday. An anniversary ("the 75th anniversary of ties established in 1949") names the year
outright. A text that names no year, or no weekday of its day, leaves the year unknown: no guess from the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Protocol

from lettertrace.clean_lines import MONTH, WEEKDAY
from lettertrace.meta_dates import _MONTHS, _WEEKDAYS, DateMatch, find_dates

_SAY = (
    r"(?:said|says|reported|reports|announced|announces|stated|states|told|confirmed|confirms|informed"
    r"|noted|added|disclosed|revealed|declared)"
)
_SAID_ON = re.compile(rf"\b{_SAY}\s+(?:on\s+)?$", re.I)
# "said Thursday", "told MTI on Wednesday", "said in a statement on Monday" (a few words between, none that
# opens what was said: "said the letter was sent on Monday" is the letter's day), "on Friday announced"
_TOLD_WEEKDAY = re.compile(
    rf"\b{_SAY}(?:\s+(?!(?:that|was|were|had|has|is|are|it|he|she|they)\b)[\w'’-]+){{0,3}}?\s+(?:on\s+)?"
    rf"(?P<wd>{WEEKDAY})\b|\bon\s+(?P<wd2>{WEEKDAY})\s+{_SAY}\b",
    re.I,
)
# a day and a month with no year after them, perhaps after a weekday: "Tuesday, 26 November", "May 17"
_DAY = re.compile(
    rf"(?:\b(?P<wd>{WEEKDAY})\.?,?\s+)?(?:\b(?P<mon>{MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?<!\d)(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{MONTH})\b)",
    re.I,
)
_NO_YEAR_AFTER = re.compile(r"(?!\s*[,./]?\s*(?:1[7-9]|20)\d\d\b)")
# a year as a sentence writes it: after a word that governs one ("in 2019", "since 2001", "the 2024
# festival", "of 1949") or before a stop; "2000 soldiers" is a count
_YEAR = re.compile(
    r"(?:\b(?:in|since|of|from|to|until|till|by|before|after|early|late|mid|during|the|and|or|year)\s+|\(|-)"
    r"(?P<year>(?:1[7-9]|20)\d\d)\b(?![,.]?\d)(?!\s+(?:(?-i:[A-Z])|(?-i:[a-z]+s)\b|people\b|goals?\b|targets?\b))"
    r"|\b(?P<year2>(?:1[7-9]|20)\d\d)(?=\s*[.,;:)!?]|\s*$)",
    re.I,
)  # (not a label or a count: "the 2030 Agenda", "the 2060 carbon goal", "the 2026 World Cup", "2060 people")
_GOAL_BEFORE = re.compile(r"\b(?:Vision|Agenda|Strategy|Plan)\s+$")  # "Vision 2030": a goal's year
# words before a year that look ahead to it: "by 2026", "ahead of the 2024 election", "next in 2025"
_AHEAD_BEFORE = re.compile(
    r"\b(?:by|until|till|through|ahead\s+of(?:\s+the)?|before\s+the|next|upcoming|forthcoming|scheduled\s+for"
    r"|due\s+in|planned\s+for)\s+(?:\S+\s+)?$",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|(?:is|are)\s+expected|(?:is|are)\s+set\s+to"
    r"|(?:is|are)\s+scheduled|plans?\s+to|aims?\s+to)\b|'ll\b",
    re.I,
)
_SENTENCE_START = re.compile(
    r"(?:^|[.!?]\s+)(?=[^.!?]*$)"
)  # where the sentence holding the text's end starts
_ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", re.I)
WEEKDAY_REACH = 11  # every day of the year falls on every weekday within eleven years


class _Line(Protocol):
    @property
    def text(self) -> str: ...


def told_day(text: str) -> tuple[DateMatch | None, tuple[int, int, int | None, int, int] | None]:
    """The day the lead ``text`` tells the news on: a full date after a verb of saying ("said on
    Wednesday, 18 September 2024"), or (month, day, weekday, start, end) of one without a year."""
    for m in find_dates(text):
        if _SAID_ON.search(text[: m.start]):
            return m, None
    for d in _DAY.finditer(text):
        if not _SAID_ON.search(text[: d.start()]) or not _NO_YEAR_AFTER.match(text, d.end()):
            continue
        month = _MONTHS[(d.group("mon") or d.group("mon2"))[:3].lower()]
        wd = _WEEKDAYS[d.group("wd")[:3].lower()] if d.group("wd") else None
        return None, (month, int(d.group("day") or d.group("day2")), wd, d.start(), d.end())
    return None, None


def told_weekday(text: str) -> int | None:
    """The weekday a lead says its news was told on ("the ministry said on Wednesday")."""
    m = _TOLD_WEEKDAY.search(text)
    if m is None:
        return None
    return _WEEKDAYS[(m.group("wd") or m.group("wd2"))[:3].lower()]


def _looks_ahead(before: str) -> bool:
    """Whether the text ``before`` a year or a date looks ahead to it ("by", "will ... in")."""
    start = _SENTENCE_START.search(before)
    return bool(_AHEAD_BEFORE.search(before) or _FUTURE.search(before[start.start() if start else 0 :]))


def _past_dates(texts: Sequence[str]) -> list[dt.date]:
    return [m.date for text in texts for m in find_dates(text) if not _looks_ahead(text[: m.start])]


def _past_years(texts: Sequence[str]) -> list[int]:
    years = [d.year for d in _past_dates(texts)]
    for text in texts:
        for m in _YEAR.finditer(text):
            start = m.start("year") if m.group("year") else m.start("year2")
            label = re.search(r"\b(?:the|[Tt]his|[a-z]+['’]s)\s+$", text[:start]) and re.match(
                r"\s+[A-Za-z]", text[m.end() :]
            )  # "the 2060 carbon neutrality goal", "the country's 2030 plan": a label
            if not _looks_ahead(text[:start]) and not _GOAL_BEFORE.search(text[:start]) and not label:
                years.append(int(m.group("year") or m.group("year2")))
    return years


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _on_weekday(date: dt.date, weekday: int, exact: bool) -> bool:
    if exact:
        return date.weekday() == weekday
    return weekday in (date.weekday(), (date.weekday() - 1) % 7)


def year_told(
    month: int, day: int, lines: Sequence[_Line], weekday: int | None = None, exact: bool = False
) -> int | None:
    """The year of (``month``, ``day``), a report's day written without a year, from the years the text
    names; ``weekday`` is the weekday told of that day (``exact``: of that very day, not perhaps the day
    before)."""
    texts = [line.text for line in lines if getattr(line, "clean_start", 0) is not None]  # not the furniture
    years = _past_years(texts)
    if not years:
        return None
    floor = max(years)
    # an anniversary counts from a year its own sentence names ("the 75th anniversary of ties established in
    # 1949"), or from a date of the report's own day and month ("established ties on Oct. 16, 1949")
    same_day = [d.year for d in _past_dates(texts) if (d.month, d.day) == (month, day)]
    lasting = sorted(
        {
            y + int(a.group("n"))
            for text in texts
            for sentence in re.split(r"(?<=[.!?])\s+", text)
            for a in _ANNIVERSARY.finditer(sentence)
            for y in [*_past_years([sentence]), *same_day]
            if y + int(a.group("n")) >= floor
        }
    )
    for year in lasting:
        date = _date(year, month, day)
        if date is not None and (weekday is None or _on_weekday(date, weekday, exact)):
            return year
    if weekday is None:
        return None  # the latest year named may be of the past the report recalls ("the landings of 1944")
    for year in range(floor, floor + WEEKDAY_REACH + 1):
        date = _date(year, month, day)
        if date is not None and _on_weekday(date, weekday, exact):
            return year
    return None


def dated_by_text(
    line: _Line, lines: Sequence[_Line], span: tuple[int, int, int, int], weekday: int | None, exact: bool
) -> tuple[int, DateMatch] | None:
    """(index in ``lines``, date) for the day (month, day, start, end) ``line`` writes without a year, the
    year read from the text (``year_told``)."""
    month, day, start, end = span
    year = year_told(month, day, lines, weekday, exact)
    date = _date(year, month, day) if year is not None else None
    if date is None:
        return None
    index = next(i for i, other in enumerate(lines) if other is line)
    return index, DateMatch(
        date, start, end, None if weekday is None or not exact else date.weekday() == weekday
    )


def lead_date(openings: Sequence[_Line], lines: Sequence[_Line]) -> tuple[int, DateMatch] | None:
    """(index in ``lines``, date) of the day the first paragraph among ``openings`` tells its news on."""
    if not openings:
        return None
    line = openings[0]
    full, bare = told_day(line.text)
    if full is not None:
        return next(i for i, other in enumerate(lines) if other is line), full
    if bare is None:
        return None
    month, day, weekday, start, end = bare
    return dated_by_text(line, lines, (month, day, start, end), weekday, True)
