"""What the editing forms offer to choose from (``lettertrace serve --edit``): every entity and letter (the
forms' lists of suggestions), every report, and each report's account of another letter that could be
attached to this one. Called from the templates (a Jinja global) only while editing."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from .register_view import RegisterView, report_ids


def _label(reg: RegisterView, c: dict[str, Any]) -> str:
    to = ", ".join(reg.party(r)["name"] for r in c["recipients"]) or "Unknown"
    day = c["date"]["earliest"] or "undated"
    return f"{c['kind']} {reg.party(c['sender'])['name']} → {to}, {day}"


def edit_choices(request: Request, cid: str | None = None) -> dict[str, Any]:
    """Entities and letters (id and label), reports (id and title) and, for letter ``cid``, the accounts
    other letters' reports give of a communication between any of its parties (attachable)."""
    reg = RegisterView(request.app.state.store)
    out: dict[str, Any] = {
        "entities": sorted(
            ({"id": e["id"], "name": e["name"]} for e in reg.entities.values()),
            key=lambda e: e["name"].lower(),
        ),
        "letters": [{"id": c["id"], "label": _label(reg, c)} for c in reg.comms.values()],
        "reports": [{"id": r, "title": reg.doc_row(r)["title"]} for r in sorted(reg.docs)],
        "accounts": [],
    }
    this = reg.comms.get(cid or "")
    if this is not None:
        parties = {this["sender"], *this["recipients"]} - {None}
        for c in reg.comms.values():
            if c["id"] == cid or not parties & ({c["sender"], *c["recipients"]} - {None}):
                continue
            for m in c["mentions"]:
                out["accounts"].append(
                    {
                        "value": f"{m['document']}:{m['start']}:{m['end']}",
                        "label": f"{reg.doc_row(m['document'])['title']} — {_label(reg, c)} ({c['id']})",
                    }
                )
        out["own_reports"] = [{"id": r, "title": reg.doc_row(r)["title"]} for r in report_ids(this)]
    return out
