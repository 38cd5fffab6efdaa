"""Letters by date: grouped by the year they begin in (undated ones last), each year one table of its
letters in which every row also draws the letter's date interval on the year's track (a bar from the
earliest to the latest day it may have been sent), with the letters table's filters (party, kind, date
range, search). Each letter is listed once: its row carries its parties, date, basis and bar together."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..downloads import Values
from ..letter_query import match, matched_letters, parse, year_of
from ..pages import page
from ..register_view import UNDATED, RegisterView
from .letters import chips, facets, filters_of, timed_out

BAR_MAX = 300  # pixel width of the longest bar in the per-year chart
MIN_BAR = 0.5  # per cent of the track: a one-day letter stays visible
MONTHS = "JFMAMJJASOND"


@page("/timeline", "timeline.html")
def timeline(
    reg: RegisterView,
    q: str | None = None,
    party: Values = None,
    kind: Values = None,
    year: Values = None,
    outlet: Values = None,
    since: str | None = None,
    until: str | None = None,
    count: str | None = None,
) -> dict[str, Any]:
    """Letters by date."""
    lq = parse(q, party, kind, year, outlet, since, until, count=count)
    m = match(reg, lq)
    groups: dict[str, list[dict[str, Any]]] = {}
    for c in matched_letters(reg, m, "date"):
        groups.setdefault(year_of(c), []).append(c)
    years = [
        {
            "year": y,
            "count": len(cs),
            "letters": [
                {**reg.letter_row(c), "bar": interval_bar(c, int(y)) if y != UNDATED else None} for c in cs
            ],
            "chart": chart(y) if y != UNDATED else None,
        }
        for y, cs in groups.items()
    ]
    return {
        "filters": filters_of(lq),
        "chips": chips(reg, lq, "/timeline"),
        "facets": facets(reg, m, lq, "/timeline"),
        **timed_out(m, lq, "/timeline"),
        "total": reg.total,
        "count": m.count,
        "years": years,
        "bars": bars(years),
        "letters_url": lq.url("/"),
    }


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _pct(day: dt.date, year: int) -> float:
    """Where ``day`` falls on the track of ``year``, in per cent of it (clamped to the year)."""
    start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    return round(100 * (min(max(day, start), end) - start).days / (end - start).days, 2)


def chart(year: str) -> dict[str, Any]:
    """A year's track: where each month begins on it (per cent), for the header of its column."""
    y = int(year)
    return {"ticks": [{"x": _pct(dt.date(y, mo, 1), y), "label": MONTHS[mo - 1]} for mo in range(1, 13)]}


def interval_bar(c: dict[str, Any], year: int) -> dict[str, Any]:
    """The bar of a letter's date interval on the track of ``year`` (per cent of it), from its earliest to
    its latest day (an interval running on past the year, or with an open end, says so by its class)."""
    lo, hi = _day(c["date"]["earliest"]), _day(c["date"]["latest"])
    x1 = _pct(lo, year) if lo else 0.0
    x2 = _pct(hi + dt.timedelta(days=1), year) if hi else 100.0
    classes = [c["kind"], "inferred" if c.get("date_inferred") else "stated"]
    classes += ["open-start"] if not lo else []
    classes += ["runs-on"] if not hi or hi.year > year else []
    x = min(x1, 100 - MIN_BAR)
    return {
        "x": x,
        "width": round(max(MIN_BAR, x2 - x), 2),
        "title": f"{c['kind']}, {c['date']['earliest'] or '…'} to {c['date']['latest'] or '…'}"
        f" ({c['date']['precision']}){', inferred' if c.get('date_inferred') else ''}",
        "class": " ".join(classes),
    }


def bars(years: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One bar per year for the SVG chart: label, count, y position and width."""
    top = max((y["count"] for y in years), default=1)
    return [
        {
            "year": y["year"],
            "count": y["count"],
            "y": i * 22,
            "width": max(2, round(BAR_MAX * y["count"] / top)),
        }
        for i, y in enumerate(years)
    ]
