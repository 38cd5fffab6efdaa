"""Sharing corrections between registers built from the same reports: ``corrections export`` / ``import``.

An export holds every correction, undone ones too, keyed by stable identities (never row ids or paths).
Importing adds what is not there yet (a correction is known by its fingerprint: importing twice changes
nothing), carries an undo over, and lists a correction that sets what one here sets to another value as a
conflict, without importing it.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, update

from ..store import Store, corrections
from .keys import CorrectionError, fingerprint, stable
from .record import KINDS, apply_corrections, insert_row, listing, write_lock

EXPORT_FORMAT = "lettertrace-corrections/1"
# The part of a target two corrections must share to set the same thing (a merge: what is merged away;
# a mention moved: the mention or span).
_SAME_THING = {"merge_entities": "drop", "merge_comms": "drop", "split_comm": "mention", "detach": "mention"}


def export_data(store: Store) -> dict[str, Any]:
    """Every correction, undone ones too, in the shape ``import_data`` reads."""
    keep = ("kind", "target", "payload", "who", "at", "why", "undone", "undone_by", "undone_at")
    items = []
    for c in listing(store):
        item = {k: c[k] for k in keep}
        item["undone"] = bool(item["undone"])
        items.append(item)
    return {"format": EXPORT_FORMAT, "corrections": items}


def conflict_key(kind: str, target: Any) -> str:
    """What a correction sets: two with the same key and different values conflict."""
    part = _SAME_THING.get(kind)
    if part is not None:
        return json.dumps([kind, stable(target[part])], sort_keys=True)
    if kind == "attach":
        return json.dumps([kind, stable(target["span"])], sort_keys=True)
    return json.dumps([kind, stable(target)], sort_keys=True)


def _differs(kind: str, here: Any, item: dict[str, Any]) -> bool:
    if stable(json.loads(here.payload).get("value")) != stable(item["payload"].get("value")):
        return True
    moved = kind in ("merge_entities", "merge_comms", "attach")  # the same thing moved elsewhere
    return moved and stable(json.loads(here.target)) != stable(item["target"])


def _item(item: Any) -> tuple[str, Any, Any, str, str, str]:
    try:
        kind, target, payload = item["kind"], item["target"], item["payload"]
        who, at, why = str(item["who"]), str(item["at"]), str(item["why"])
    except (KeyError, TypeError) as exc:
        raise CorrectionError(f"a correction in the file lacks {exc}") from exc
    if kind not in KINDS or not why.strip() or not isinstance(payload, dict):
        raise CorrectionError(f"a correction in the file is not valid (kind {kind!r})")
    return kind, target, payload, who, at, why


def import_data(store: Store, data: Any) -> dict[str, list[Any]]:
    """Add the corrections of an export: one already here is skipped (importing twice changes nothing),
    one undone there is undone here too, and one that sets what a correction here sets to another value
    is a conflict: listed, not imported. Applies what it adds to the register as it is."""
    if (
        not isinstance(data, dict)
        or data.get("format") != EXPORT_FORMAT
        or not isinstance(data.get("corrections"), list)
    ):
        raise CorrectionError(f"not a corrections file (format {EXPORT_FORMAT!r} expected)")
    report: dict[str, list[Any]] = {"added": [], "undone": [], "skipped": [], "conflicts": []}
    with store.begin() as conn:
        write_lock(conn)
        have = {r.fingerprint: r for r in conn.execute(select(corrections)).all()}
        active: dict[str, Any] = {}
        for r in have.values():
            if not r.undone:
                active.setdefault(conflict_key(r.kind, json.loads(r.target)), []).append(r)
        for item in data["corrections"]:
            kind, target, payload, who, at, why = _item(item)
            fp = fingerprint(kind, target, payload.get("value"), who, at, why)
            if fp in have:
                row = have[fp]
                if item.get("undone") and not row.undone:
                    conn.execute(
                        update(corrections)
                        .where(corrections.c.id == row.id)
                        .values(
                            undone=1,
                            undone_by=item.get("undone_by"),
                            undone_at=item.get("undone_at"),
                            status="undone",
                        )
                    )
                    report["undone"].append(row.id)
                else:
                    report["skipped"].append(row.id)
                continue
            if not item.get("undone"):
                clash = [r for r in active.get(conflict_key(kind, target), []) if _differs(kind, r, item)]
                if clash:
                    report["conflicts"].append({"item": item, "with": [r.id for r in clash]})
                    continue
            extra = {k: item.get(k) for k in ("undone", "undone_by", "undone_at")}
            report["added"].append(insert_row(conn, kind, target, payload, who, at, why, **extra))
        apply_corrections(conn, report["added"])
    return report
