"""The analysts' corrections as the pages show them (issue 12): on a letter's and an entity's page (the
history of what concerns it), and on ``/corrections`` (every one, the orphaned ones first to see).
Read-only pages show them too; only ``lettertrace serve --edit`` adds the forms (:mod:`.edit`)."""

from __future__ import annotations

from typing import Any

from .. import corrections
from ..store import Store

STATUS_TEXT = {
    "applied": "applies",
    "orphaned": "orphaned: its evidence is gone",
    "undone": "undone",
    "pending": "not applied yet",
}


def row(c: dict[str, Any]) -> dict[str, Any]:
    """One correction for display: what it does, the value it replaced, who, when, why, its status."""
    was = c["was"] if c["was"] is not None else (c["payload"] or {}).get("was")
    return {
        "id": c["id"],
        "kind": c["kind"],
        "title": corrections.TITLES.get(c["kind"], c["kind"]),
        "about": corrections.about(c),
        "value": corrections.value_text(c),
        "was": corrections.was_text(c["kind"], was),
        "by": c["who"],
        "at": c["at"][:19].replace("T", " "),
        "why": c["why"],
        "status": c["status"],
        "status_text": STATUS_TEXT.get(c["status"], c["status"]) + (f" ({c['note']})" if c["note"] else ""),
        "undone_by": c["undone_by"],
        "undone_at": (c["undone_at"] or "")[:19].replace("T", " ") or None,
        "applied_to": (c["applied_to"] or "").split(),
    }


def history(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """The corrections concerning any of ``ids`` (applied to it now, or made on it), oldest first."""
    return [row(c) for c in corrections.about_ids(store, ids)]


def every(store: Store, status: str | None = None) -> list[dict[str, Any]]:
    """Every correction (or those of one status), oldest first."""
    return [row(c) for c in corrections.listing(store) if status in (None, c["status"])]


def one(store: Store, cid: int) -> dict[str, Any] | None:
    """One correction, with the whole of what it names (target and value), or None."""
    c = corrections.get(store, cid)
    return None if c is None else {**row(c), "target": c["target"], "set": (c["payload"] or {}).get("value")}
