"""Source reports: the list and one report's text with its communications highlighted."""

from __future__ import annotations

from typing import Any

from ...export.register_data import report_flags as register_flags
from ..display import flag_label
from ..pages import NotFound, page
from ..register_view import RegisterView, report_ids, sort_key


@page("/reports", "reports.html")
def reports(reg: RegisterView) -> dict[str, Any]:
    """Source reports."""
    counts: dict[str, int] = {}
    for c in reg.comms.values():
        for r in report_ids(c):
            counts[r] = counts.get(r, 0) + 1
    rows = [{**reg.doc_row(r), "letters": counts.get(r, 0)} for r in reg.docs]
    return {"count": len(rows), "reports": rows}


@page("/reports/{rid}", "report.html")
def report(reg: RegisterView, rid: str) -> dict[str, Any]:
    """One source report with its communications highlighted."""
    if rid not in reg.docs:
        raise NotFound(f"no report {rid!r} in the register")
    comms = sorted((c for c in reg.comms.values() if rid in report_ids(c)), key=sort_key)
    flags = report_flags(reg, rid, comms)
    doc = reg.doc_row(rid)
    return {
        "tab_title": doc["title"],
        "report": doc,
        "letters": [reg.letter_row(c) for c in comms],
        "flags": flags,
        "quotes": [q for q in reg.quotes if q["document"] == rid],
        "spans": report_spans(reg, rid, comms) + flag_spans(rid, flags),
        "text": reg.text(rid),
    }


def report_flags(reg: RegisterView, rid: str, comms: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flags raised in this report, once each, with whether each applies: a flag a communication of the
    report carries from another report is that report's, not this one's."""
    raised = [f for c in comms for f in reg.flags(c) if f["report"] == rid]
    on_report = [
        {k: v for k, v in f.items() if k != "document"}
        for f in register_flags(reg.store)
        if f["document"] == rid
    ]
    out: list[dict[str, Any]] = []
    for f in on_report:
        same = next((r for r in raised if _same_flag(r, f)), None)
        row = same or {**f, "label": flag_label(f["code"]), "report": rid, "applies": True, "about": None}
        if not any(_same_flag(row, o) for o in out):
            out.append(row)
    out += [r for r in raised if not any(_same_flag(r, o) for o in out)]
    return [{**f, "href": f"#flag-{i}-0"} for i, f in enumerate(out)]


def _same_flag(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a[k] == b[k] for k in ("code", "message", "evidence"))


def report_spans(reg: RegisterView, rid: str, comms: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Evidence spans of every communication in the report, and its quotes (each with its anchor id)."""
    spans = [
        {"start": m["start"], "end": m["end"], "kind": "evidence"}
        for c in comms
        for m in c["mentions"]
        if m["document"] == rid
    ]
    spans += [
        {"start": s["start"], "end": s["end"], "kind": "evidence"}
        for c in comms
        for ev in c["evidence"]
        if ev["document"] == rid
        for s in ev["spans"]
    ]
    spans += [
        {"start": q["start"], "end": q["end"], "kind": kind, "id": f"q-{q['id']}"}
        for kind, qs in (("quote", reg.quotes), ("paraphrase", reg.paraphrases))
        for q in qs
        if q["document"] == rid
    ]
    return spans


def flag_spans(rid: str, flags: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The evidence spans of the flags that apply and lie in report ``rid`` (with anchor ids)."""
    return [
        {"start": e["start"], "end": e["end"], "kind": "flag", "id": f"flag-{fi}-{ei}"}
        for fi, f in enumerate(flags)
        if f["applies"]
        for ei, e in enumerate(f["evidence"])
        if e.get("report") == rid
    ]
