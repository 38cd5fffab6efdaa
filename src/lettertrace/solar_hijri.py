"""Dates of the Solar Hijri calendar, as Iranian agencies write them in datelines and page headers
("Farvardin 25, 1404 - 14:32", "Sunday, Mehr 20, 1404", "7 Ordibehesht 1404"), turned into the common
calendar. The conversion is the standard arithmetic one (the 33-year cycle rule, exact for 1178-1633
SH, i.e. 1799-2256), so nothing is looked up."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = "farvardin ordibehesht khordad tir mordad shahrivar mehr aban azar dey bahman esfand".split()
_ALIASES = {"amordad": 5, "dei": 10, "khordaad": 3}  # other spellings
_NAMES = "|".join(sorted({*MONTHS, *_ALIASES}, key=len, reverse=True))
# "Mehr 20, 1404" or "20 Mehr 1404": a month of the calendar, its day and a year of it (1300-1499 SH)
SOLAR_HIJRI_RE = re.compile(
    rf"\b(?:(?P<mname>{_NAMES})\s+(?P<day>\d{{1,2}}),?\s+|(?P<day2>\d{{1,2}})\s+(?P<mname2>{_NAMES}),?\s+)"
    r"(?P<year>1[34]\d\d)\b(?!\s*(?:BC|AD|CE))",
    re.IGNORECASE,
)


def month_number(name: str) -> int | None:
    low = name.lower()
    return MONTHS.index(low) + 1 if low in MONTHS else _ALIASES.get(low)


def to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The common-calendar day of Solar Hijri ``year``/``month``/``day`` (ValueError when there is none)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError(f"no day {day} in month {month} of the Solar Hijri calendar")
    jy = year + 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    return dt.date(gy, 1, 1) + dt.timedelta(days=days)


def solar_hijri_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every Solar Hijri date of ``text`` in the common calendar, with where it is written."""
    out = []
    for m in SOLAR_HIJRI_RE.finditer(text):
        month = month_number(m["mname"] or m["mname2"])
        try:
            day = to_gregorian(int(m["year"]), month or 0, int(m["day"] or m["day2"]))
        except ValueError:
            continue
        out.append((day, m.start(), m.end()))
    return out
