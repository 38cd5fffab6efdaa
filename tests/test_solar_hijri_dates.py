"""Solar Hijri dates as Iranian agencies write them in datelines and page headers, turned into the common
calendar; and an agency's header date with a comma after its month ("October, 21, 2025 - 13:05")."""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace.meta_dates import find_dates
from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report
from lettertrace.solar_hijri import solar_hijri_dates, to_gregorian


@pytest.mark.parametrize(
    ("sh", "day"),
    [
        ((1404, 1, 1), dt.date(2025, 3, 21)),  # Nowruz
        ((1403, 12, 30), dt.date(2025, 3, 20)),  # the last day of a leap year
        ((1357, 11, 22), dt.date(1979, 2, 11)),
        ((1399, 10, 11), dt.date(2020, 12, 31)),
        ((1404, 7, 20), dt.date(2025, 10, 12)),
    ],
)
def test_solar_hijri_days_in_the_common_calendar(sh: tuple[int, int, int], day: dt.date) -> None:
    assert to_gregorian(*sh) == day


def test_a_day_the_month_has_not_is_no_date() -> None:
    with pytest.raises(ValueError):
        to_gregorian(1404, 7, 31)  # the second half-year's months have 30 days
    assert solar_hijri_dates("Mehr 31, 1404") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Sunday, Mehr 20, 1404 - 09:18", dt.date(2025, 10, 12)),
        ("Farvardin 25, 1404 - 14:32", dt.date(2025, 4, 14)),
        ("25 Farvardin 1404", dt.date(2025, 4, 14)),
        ("October, 21, 2025 - 13:05  Politics news", dt.date(2025, 10, 21)),
    ],
)
def test_header_dates(text: str, day: dt.date) -> None:
    assert [d.date for d in find_dates(text)] == [day]


@pytest.mark.parametrize(
    "text", ["Mehr News Agency reported in 2025", "the Tir river", "Dey 2 of the crisis"]
)
def test_words_of_the_calendar_alone_are_no_date(text: str) -> None:
    assert solar_hijri_dates(text) == []


def test_a_report_dated_in_the_solar_hijri_calendar_only_has_its_day() -> None:
    text = (
        "Leader answers movement chief\nSunday, Mehr 20, 1404 - 09:18\nNews Agency - International Desk\n\n"
        "The Secretary-General of the movement, Karim Nassar, wrote to President Farid Nouri on Saturday.\n"
    )
    rep = process_report(RawReport(source="x.txt", sha256="0" * 64, raw_text=text, fmt="txt"), Options())
    assert rep.meta.published == dt.date(2025, 10, 12)
    assert [c.date.earliest for c in rep.extraction.communications] == [dt.date(2025, 10, 11)]
