"""Letters by date: grouped by the year they begin in (undated ones last), each year drawn as a chart of
date intervals (a bar from the earliest to the latest day a letter may have been sent), with the
letters table's filters (party, kind, date range, search)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..downloads import Values
from ..letter_query import match, matched_letters, parse, year_of
from ..pages import page
from ..register_view import UNDATED, RegisterView
from .letters import chips, facets, filters_of

BAR_MAX = 300  # pixel width of the longest bar in the per-year chart
CHART_W = 1000  # SVG user units across a year chart
LABEL_W = 340  # of which the letters' labels take this much on the left
TRACK_END = 985  # the year's last day ends here (room for an arrow past it)
ROW_H = 20  # height of one letter's row
LABEL_CHARS = 44  # longer labels are cut with an ellipsis (the full one is in the tooltip)
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
) -> dict[str, Any]:
    """Letters by date."""
    lq = parse(q, party, kind, year, outlet, since, until)
    m = match(reg, lq)
    groups: dict[str, list[dict[str, Any]]] = {}
    for c in matched_letters(reg, m, "date"):
        groups.setdefault(year_of(c), []).append(c)
    years = [
        {
            "year": y,
            "count": len(cs),
            "letters": [reg.letter_row(c) for c in cs],
            "chart": chart(reg, y, cs) if y != UNDATED else None,
        }
        for y, cs in groups.items()
    ]
    return {
        "filters": filters_of(lq),
        "chips": chips(reg, lq, "/timeline"),
        "facets": facets(reg, m, lq, "/timeline"),
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


def _x(day: dt.date, year: int) -> float:
    """Where ``day`` falls on the track of ``year`` (clamped to it)."""
    start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    frac = (min(max(day, start), end) - start).days / (end - start).days
    return round(LABEL_W + frac * (TRACK_END - LABEL_W), 1)


def chart(reg: RegisterView, year: str, comms: list[dict[str, Any]]) -> dict[str, Any]:
    """One year's chart: month ticks and, per letter, its label and the bar of its date interval."""
    y = int(year)
    rows = [interval_row(reg, c, y, i) for i, c in enumerate(comms)]
    ticks = [{"x": _x(dt.date(y, mo, 1), y), "label": MONTHS[mo - 1]} for mo in range(1, 13)]
    return {
        "width": CHART_W,
        "height": 22 + ROW_H * len(rows),
        "rows": rows,
        "ticks": ticks,
        "end": TRACK_END,
    }


def interval_row(reg: RegisterView, c: dict[str, Any], year: int, i: int) -> dict[str, Any]:
    """A letter's row: label, tooltip and the bar from its earliest to its latest day within ``year``
    (an interval running on past the year, or with an open end, says so by its class)."""
    lo, hi = _day(c["date"]["earliest"]), _day(c["date"]["latest"])
    x1 = _x(lo, year) if lo else LABEL_W
    x2 = _x(hi + dt.timedelta(days=1), year) if hi else TRACK_END
    to = ", ".join(reg.party(r)["name"] for r in c["recipients"]) or "Unknown"
    label = f"{reg.party(c['sender'])['name']} → {to}"
    classes = [c["kind"], "inferred" if c.get("date_inferred") else "stated"]
    classes += ["open-start"] if not lo else []
    classes += ["runs-on"] if not hi or hi.year > year else []
    return {
        "id": c["id"],
        "label": label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…",
        "title": f"{label}: {c['kind']}, {c['date']['earliest'] or '…'} to {c['date']['latest'] or '…'}"
        f" ({c['date']['precision']}){', inferred' if c.get('date_inferred') else ''}",
        "x": x1,
        "width": round(max(3.0, x2 - x1), 1),
        "y": 20 + ROW_H * i,
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
