"""The analysts' corrections (issue 12): every one, with the orphaned ones (their evidence gone) to see and
filter, and the page of one correction (where a confirmed edit leads, with its undo while editing)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..history import STATUS_TEXT, every, one
from ..pages import BadRequest, NotFound, page
from ..register_view import RegisterView


@page("/corrections", "corrections.html")
def corrections_page(reg: RegisterView, status: str | None = None) -> dict[str, Any]:
    """Corrections."""
    status = (status or "").strip() or None
    if status is not None and status not in STATUS_TEXT:
        raise BadRequest(f"status must be one of {', '.join(STATUS_TEXT)}, not {status!r}")
    rows = every(reg.store)
    counts = Counter(c["status"] for c in rows)
    shown = [c for c in rows if status in (None, c["status"])]
    return {
        "status": status or "",
        "count": len(shown),
        "counts": {"all": len(rows), **{s: counts[s] for s in STATUS_TEXT}},
        "corrections": shown,
    }


def links(reg: RegisterView, ids: list[str]) -> list[dict[str, str]]:
    """The pages of what a correction applies to now: letters, entities, the reports of quotes."""
    out = []
    for i in ids:
        if i in reg.comms:
            out.append({"href": f"/letters/{i}", "label": f"{reg.comms[i]['kind']} {i}"})
        elif i in reg.entities:
            out.append({"href": f"/entities/{i}", "label": reg.entities[i]["name"]})
        elif (rid := i.rsplit("-", 1)[0]) in reg.docs:
            out.append({"href": f"/reports/{rid}#q-{i}", "label": f"quote {i}"})
    return out


@page("/corrections/{n}", "correction.html")
def correction_page(reg: RegisterView, n: str) -> dict[str, Any]:
    """One correction."""
    c = one(reg.store, int(n)) if n.isdigit() else None
    if c is None:
        raise NotFound(f"no correction {n!r}")
    return {"tab_title": f"Correction {c['id']}: {c['title']}", "c": c, "links": links(reg, c["applied_to"])}
