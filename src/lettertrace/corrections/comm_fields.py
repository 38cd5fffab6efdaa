"""Appliers of the corrections that set a communication's fields: sender, recipients, date, kind, reply
target; confirm; reject. Each takes the correction's target and value, changes the register tables in the
caller's transaction, and returns the id it applied to and the value it replaced (``was``)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, update

from ..models import PRECISIONS as MODEL_PRECISIONS
from ..store import comm_mentions, communications, demands, flags, quotes
from .keys import Orphaned, comm_row, name_of, resolve_comm, resolve_entity

COMM_KINDS = ("letter", "message", "call")
PRECISIONS = MODEL_PRECISIONS


def _set(conn: Any, cid: str, **values: Any) -> None:
    conn.execute(update(communications).where(communications.c.id == cid).values(**values))


def apply_sender(conn: Any, target: Any, value: Any) -> tuple[str, Any]:
    cid = resolve_comm(conn, target["comm"])
    row = comm_row(conn, cid)
    new = resolve_entity(conn, value["entity"]) if value.get("entity") else None
    _set(conn, cid, sender=new)
    return cid, name_of(conn, row["sender"])


def apply_recipients(conn: Any, target: Any, value: Any) -> tuple[str, Any]:
    cid = resolve_comm(conn, target["comm"])
    row = comm_row(conn, cid)
    new: list[str] = []
    for e in value["entities"]:
        eid = resolve_entity(conn, e)
        if eid not in new:
            new.append(eid)
    _set(conn, cid, recipients=json.dumps(new))
    return cid, [name_of(conn, e) for e in json.loads(row["recipients"])]


def apply_date(conn: Any, target: Any, value: Any) -> tuple[str, Any]:
    cid = resolve_comm(conn, target["comm"])
    row = comm_row(conn, cid)
    _set(conn, cid, earliest=value["earliest"], latest=value["latest"], precision=value["precision"])
    return cid, {k: row[k] for k in ("earliest", "latest", "precision")}


def apply_kind(conn: Any, target: Any, value: Any) -> tuple[str, Any]:
    cid = resolve_comm(conn, target["comm"])
    row = comm_row(conn, cid)
    _set(conn, cid, kind=value["kind"])
    return cid, row["kind"]


def apply_reply(conn: Any, target: Any, value: Any) -> tuple[str, Any]:
    """What the communication answers: another communication (by its key), or none."""
    cid = resolve_comm(conn, target["comm"])
    row = comm_row(conn, cid)
    answered = resolve_comm(conn, value["comm"]) if value.get("comm") else None
    if answered is not None:
        comm_row(conn, answered)  # Orphaned when the letter answered was rejected
        if answered == cid:
            raise Orphaned("the letter it answers is now this letter itself (merged?)")
    _set(conn, cid, in_reply_to=answered)
    return cid, row["in_reply_to"]


def apply_confirm(conn: Any, target: Any, _value: Any) -> tuple[str, Any]:
    """An analyst says the communication took place: nothing changes but the mark (exports drop the low
    certainty of an implied one)."""
    cid = resolve_comm(conn, target["comm"])
    row = comm_row(conn, cid)
    return cid, {"implied": bool(row["implied"])}


def remove_comm(conn: Any, cid: str) -> None:
    """Take communication ``cid`` out of the register tables: its mentions and flags go, its quotes and
    demands stay with no communication, a reply to it answers nothing."""
    conn.execute(delete(communications).where(communications.c.id == cid))
    conn.execute(delete(comm_mentions).where(comm_mentions.c.communication_id == cid))
    conn.execute(delete(flags).where(flags.c.communication_id == cid))
    conn.execute(update(quotes).where(quotes.c.communication_id == cid).values(communication_id=None))
    conn.execute(update(demands).where(demands.c.communication_id == cid).values(communication_id=None))
    conn.execute(update(communications).where(communications.c.in_reply_to == cid).values(in_reply_to=None))


def apply_reject(conn: Any, target: Any, _value: Any) -> tuple[str, Any]:
    """The communication leaves the register tables (every export and view); its mentions stay in the
    report facts and in this correction, and an undo brings it back."""
    cid = resolve_comm(conn, target["comm"])
    row = comm_row(conn, cid)
    remove_comm(conn, cid)
    return cid, row


APPLIERS = {
    "sender": apply_sender,
    "recipients": apply_recipients,
    "date": apply_date,
    "kind": apply_kind,
    "reply": apply_reply,
    "confirm": apply_confirm,
    "reject": apply_reject,
}
