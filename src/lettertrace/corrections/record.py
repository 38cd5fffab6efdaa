"""Making, applying, listing and undoing corrections (the ``corrections`` table)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import insert, select, update

from ..store import Store, corrections
from . import comm_fields, entities, mentions
from .keys import CorrectionError, Orphaned, fingerprint, who_default

APPLIERS: dict[str, Callable[[Any, Any, Any], tuple[str, Any]]] = {
    **comm_fields.APPLIERS,
    **mentions.APPLIERS,
    **entities.APPLIERS,
}
KINDS = tuple(APPLIERS)
# The field each kind sets, as exports mark it corrected.
FIELDS = {
    "sender": "sender",
    "recipients": "recipients",
    "date": "date",
    "kind": "kind",
    "reply": "in_reply_to",
    "confirm": "confirmed",
    "reject": "rejected",
    "merge_comms": "merged",
    "split_comm": "split",
    "attach": "mentions",
    "detach": "mentions",
    "merge_entities": "merged",
    "split_alias": "split",
    "quote_speaker": "speaker",
    "quote_letter": "communication",
}
# What each kind corrects: a communication, an entity or a quote.
COMM_KINDS = tuple(k for k in KINDS if k in comm_fields.APPLIERS or k in mentions.APPLIERS)
ENTITY_KINDS = ("merge_entities", "split_alias")
QUOTE_KINDS = ("quote_speaker", "quote_letter")


def _apply_row(conn: Any, row: Any) -> None:
    if row.undone:
        state: dict[str, Any] = {"status": "undone", "applied_to": None, "was": None, "note": None}
    else:
        payload = json.loads(row.payload)
        try:
            applied_to, was = APPLIERS[row.kind](conn, json.loads(row.target), payload.get("value"))
            state = {"status": "applied", "applied_to": applied_to, "was": json.dumps(was), "note": None}
        except Orphaned as exc:
            state = {"status": "orphaned", "applied_to": None, "was": None, "note": str(exc)}
    conn.execute(update(corrections).where(corrections.c.id == row.id).values(**state))


def apply_corrections(conn: Any, ids: Iterable[int] | None = None) -> None:
    """Apply the corrections (every one, in the order they were made, or only ``ids``) to the register
    tables, in the caller's transaction; record of each whether it applies and to what."""
    query = select(corrections).order_by(corrections.c.id)
    if ids is not None:
        query = query.where(corrections.c.id.in_(list(ids)))
    for row in conn.execute(query).all():
        _apply_row(conn, row)


def write_lock(conn: Any) -> None:
    """Take the register's write lock first (``BEGIN IMMEDIATE``): a transaction that read first and
    wrote later would fail at once ('database is locked') when another process wrote in between;
    one that starts with the lock waits its turn. Two processes correcting at once keep both."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def add(store: Store, kind: str, target: Any, value: Any, why: str, by: str | None = None) -> int:
    """Record one correction and apply it to the register as it is; returns its id. A correction that
    would not apply now (its evidence is gone) is not made: CorrectionError says why."""
    if kind not in KINDS:
        raise CorrectionError(f"unknown kind of correction {kind!r}")
    if not why or not why.strip():
        raise CorrectionError("a correction needs a reason (--why)")
    who = who_default(by)
    with store.begin() as conn:
        write_lock(conn)
        cid = insert_row(conn, kind, target, {"value": value, "was": None}, who, now(), why.strip())
        apply_corrections(conn, [cid])
        row = conn.execute(select(corrections).where(corrections.c.id == cid)).one()
        if row.status != "applied":
            raise CorrectionError(f"the correction does not apply: {row.note}")
        payload = {"value": value, "was": json.loads(row.was) if row.was else None}
        conn.execute(
            update(corrections)
            .where(corrections.c.id == cid)
            .values(payload=json.dumps(payload, ensure_ascii=False))
        )
    return cid


def insert_row(
    conn: Any, kind: str, target: Any, payload: Any, who: str, at: str, why: str, **extra: Any
) -> int:
    fp = fingerprint(kind, target, payload.get("value"), who, at, why)
    res = conn.execute(
        insert(corrections).values(
            fingerprint=fp,
            kind=kind,
            target=json.dumps(target, ensure_ascii=False),
            payload=json.dumps(payload, ensure_ascii=False),
            who=who,
            at=at,
            why=why,
            undone=int(bool(extra.get("undone"))),
            undone_by=extra.get("undone_by"),
            undone_at=extra.get("undone_at"),
            status="pending",
        )
    )
    return int(res.inserted_primary_key[0])


def _as_dict(r: Any) -> dict[str, Any]:
    d = dict(r)
    for k in ("target", "payload", "was"):
        d[k] = json.loads(d[k]) if d[k] else None
    return d


def listing(store: Store, orphaned: bool = False) -> list[dict[str, Any]]:
    """Every correction (or only the orphaned ones) as dicts, oldest first."""
    query = select(corrections).order_by(corrections.c.id)
    if orphaned:
        query = query.where(corrections.c.status == "orphaned")
    with store.connect() as conn:
        rows = conn.execute(query).mappings().all()
    return [_as_dict(r) for r in rows]


def get(store: Store, cid: int) -> dict[str, Any] | None:
    """One correction as a dict (None when there is no such correction)."""
    with store.connect() as conn:
        row = conn.execute(select(corrections).where(corrections.c.id == cid)).mappings().first()
    return None if row is None else _as_dict(row)


def _hinted_ids(target: Any) -> set[str]:
    """The ids a target's keys name (hints: what it was made on)."""
    out: set[str] = set()
    if isinstance(target, dict):
        for k, v in target.items():
            if k == "id" and isinstance(v, str):
                out.add(v)
            out |= _hinted_ids(v)
    return out


def about_ids(store: Store, ids: Iterable[str]) -> list[dict[str, Any]]:
    """The corrections concerning any of ``ids`` (a communication, an entity or a quote): those that apply
    to it now, and those (undone, orphaned) that were made on it. The history a page shows."""
    want = set(ids)
    return [
        c
        for c in listing(store)
        if want & set((c["applied_to"] or "").split()) or want & _hinted_ids(c["target"])
    ]


def undo(store: Store, cid: int, by: str | None = None) -> dict[str, Any]:
    """Mark correction ``cid`` undone (it is kept, with who undid it and when). The caller relinks the
    register so that the extracted value returns."""
    with store.begin() as conn:
        write_lock(conn)
        row = conn.execute(select(corrections).where(corrections.c.id == cid)).first()
        if row is None:
            raise CorrectionError(f"no correction {cid}")
        if row.undone:
            raise CorrectionError(f"correction {cid} is undone already")
        conn.execute(
            update(corrections)
            .where(corrections.c.id == cid)
            .values(
                undone=1,
                undone_by=who_default(by),
                undone_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                status="undone",
            )
        )
    return dict(row._mapping)


def applied_to(conn: Any, kinds: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """The corrections applied now, by each id they apply to: how exports mark corrected facts."""
    rows = conn.execute(
        select(corrections)
        .where((corrections.c.status == "applied") & corrections.c.kind.in_(list(kinds)))
        .order_by(corrections.c.id)
    ).all()
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        for target in (r.applied_to or "").split():
            out.setdefault(target, []).append(
                {
                    "field": FIELDS.get(r.kind, r.kind),
                    "by": r.who,
                    "at": r.at,
                    "why": r.why,
                    "was": json.loads(r.was) if r.was else None,
                    "correction": r.id,
                }
            )
    return out
