"""Letters by date: grouped by the year they begin in, undated ones last."""

from __future__ import annotations

from typing import Any

from ..pages import page
from ..register_view import UNDATED, RegisterView, sort_key

BAR_MAX = 300  # pixel width of the longest bar in the per-year chart


@page("/timeline", "timeline.html")
def timeline(reg: RegisterView) -> dict[str, Any]:
    """Letters by date."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for c in sorted(reg.comms.values(), key=sort_key):
        start = c["date"]["earliest"] or c["date"]["latest"]
        groups.setdefault(start[:4] if start else UNDATED, []).append(reg.letter_row(c))
    years = [{"year": y, "count": len(rows), "letters": rows} for y, rows in groups.items()]
    return {"count": len(reg.comms), "years": years, "bars": bars(years)}


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
