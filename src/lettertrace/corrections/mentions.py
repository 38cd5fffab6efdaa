"""Appliers of the corrections that change which reports' mentions make one communication: merge two
communications as one real-world act, split a report's mention off as a communication of its own, attach
a report's mention (or an analyst's span of a report) to a communication, detach one.

A mention carries its report's quotes, demands and flags about that communication with it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from ..models import date_width
from ..store import comm_mentions, communications, demands, flags, quotes
from .comm_fields import remove_comm
from .keys import comm_row, name_of, report_of, resolve_comm, resolve_mention


def _mentions_of(conn: Any, cid: str) -> list[Any]:
    return list(
        conn.execute(
            select(comm_mentions).where(comm_mentions.c.communication_id == cid).order_by(comm_mentions.c.id)
        ).all()
    )


def _move_report(conn: Any, m: Any, src: str, dst: str) -> None:
    """Mention ``m`` (a comm_mentions row) and what its report says of ``src`` go to ``dst``."""
    conn.execute(update(comm_mentions).where(comm_mentions.c.id == m.id).values(communication_id=dst))
    for t in (quotes, demands, flags):
        conn.execute(
            update(t)
            .where((t.c.report_id == m.report_id) & (t.c.communication_id == src))
            .values(communication_id=dst)
        )


def _summary(conn: Any, row: dict[str, Any]) -> dict[str, Any]:
    """A communication as it was, for the history: id, kind, parties by name, date."""
    return {
        "id": row["id"],
        "kind": row["kind"],
        "sender": name_of(conn, row["sender"]),
        "recipients": [name_of(conn, e) for e in json.loads(row["recipients"])],
        **{k: row[k] for k in ("earliest", "latest", "precision")},
    }


def _best_date(rows: list[Any]) -> dict[str, Any]:
    """The most precise date the mentions ``rows`` give (earliest first among equals)."""
    dates = [json.loads(r.data).get("date") or {} for r in rows]
    known = [d for d in dates if d.get("earliest") and d.get("latest")]
    if not known:
        return {"earliest": None, "latest": None, "precision": "unknown"}
    best = min(known, key=lambda d: (_width(d), d["earliest"], d["latest"]))
    return {"earliest": best["earliest"], "latest": best["latest"], "precision": best["precision"]}


def _width(d: dict[str, Any]) -> float:
    return date_width(dt.date.fromisoformat(d["earliest"]), dt.date.fromisoformat(d["latest"]))


def apply_merge_comms(conn: Any, target: Any, _value: Any) -> tuple[str, Any]:
    """``drop`` and ``keep`` are one act: drop's mentions, quotes, demands, flags and replies join keep."""
    keep = resolve_comm(conn, target["keep"])
    drop = resolve_comm(conn, target["drop"])
    if keep == drop:  # one communication already (the rules link them now): the correction holds
        return keep, None
    k, d = comm_row(conn, keep), comm_row(conn, drop)
    for m in _mentions_of(conn, drop):
        _move_report(conn, m, drop, keep)
    conn.execute(update(flags).where(flags.c.communication_id == drop).values(communication_id=keep))
    conn.execute(update(communications).where(communications.c.in_reply_to == drop).values(in_reply_to=keep))
    values: dict[str, Any] = {}
    if k["in_reply_to"] is None and d["in_reply_to"] not in (None, keep):
        values["in_reply_to"] = d["in_reply_to"]
    if k["earliest"] is None and k["latest"] is None and (d["earliest"] or d["latest"]):
        values |= {key: d[key] for key in ("earliest", "latest", "precision")}
    if k["implied"] and not d["implied"]:
        values["implied"] = 0
    conn.execute(delete(communications).where(communications.c.id == drop))
    if values:
        conn.execute(update(communications).where(communications.c.id == keep).values(**values))
    conn.execute(
        update(communications)
        .where((communications.c.id == keep) & (communications.c.in_reply_to == keep))
        .values(in_reply_to=None)
    )
    return keep, _summary(conn, d)


def _new_id(conn: Any, key: dict[str, Any]) -> str:
    """A communication id for a mention split off: from its report's digest and place, like the linker's."""
    n = 0
    while True:
        seed = f"{key['digest']}#{key.get('local')}#split" + (f"#{n}" if n else "")
        cid = "c-" + hashlib.sha1(seed.encode()).hexdigest()[:10]
        if conn.execute(select(communications.c.id).where(communications.c.id == cid)).first() is None:
            return cid
        n += 1


def apply_split_comm(conn: Any, target: Any, _value: Any) -> tuple[str, Any]:
    """A report's mention leaves its communication and is a communication of its own (the same parties,
    its report's kind and date); the date of the one it left is worked out again from its other reports."""
    m = resolve_mention(conn, target["mention"])
    cid = str(m.communication_id)
    row = comm_row(conn, cid)
    rest = [x for x in _mentions_of(conn, cid) if x.id != m.id]
    if not rest:  # its own communication already: the correction holds
        return cid, None
    data = json.loads(m.data)
    date = data.get("date") or {}
    new = _new_id(conn, target["mention"])
    conn.execute(
        insert(communications).values(
            id=new,
            kind=data.get("kind") or row["kind"],
            sender=row["sender"],
            recipients=row["recipients"],
            earliest=date.get("earliest"),
            latest=date.get("latest"),
            precision=date.get("precision") or "unknown",
            in_reply_to=None,
            implied=int(bool(data.get("implied"))),
            summary=None,
        )
    )
    _move_report(conn, m, cid, new)
    own = {k: date.get(k) for k in ("earliest", "latest")}
    if own == {k: row[k] for k in ("earliest", "latest")}:  # the date came from the mention that left
        conn.execute(update(communications).where(communications.c.id == cid).values(**_best_date(rest)))
    return f"{new} {cid}", {"from": cid, "report": m.report_id}


def apply_attach(conn: Any, target: Any, _value: Any) -> tuple[str, Any]:
    """A report tells of this communication at ``span``: the mention extracted there leaves the
    communication it was part of (which goes when it has none left), or, where none was extracted, the
    span is the analyst's mention of it."""
    cid = resolve_comm(conn, target["comm"])
    row = comm_row(conn, cid)
    span = target["span"]
    rid = report_of(conn, span)
    there = conn.execute(
        select(comm_mentions)
        .where(
            (comm_mentions.c.report_id == rid)
            & (comm_mentions.c.start == span["start"])
            & (comm_mentions.c.end == span["end"])
        )
        .order_by(comm_mentions.c.id)
    ).all()
    if any(m.communication_id == cid for m in there):  # part of it already: the correction holds
        return cid, {"from": cid, "report": rid}
    if there:
        m = there[0]
        old = str(m.communication_id)
        _move_report(conn, m, old, cid)
        left = conn.execute(
            select(func.count()).select_from(comm_mentions).where(comm_mentions.c.communication_id == old)
        ).scalar_one()
        if not left:
            remove_comm(conn, old)
        return (cid if not left else f"{cid} {old}"), {"from": old, "report": rid}
    sender = name_of(conn, row["sender"])
    data = {
        "kind": row["kind"],
        "sender": {"name": sender["name"]} if sender else None,
        "recipients": [{"name": (name_of(conn, e) or {})["name"]} for e in json.loads(row["recipients"])],
        "date": {"earliest": None, "latest": None, "precision": "unknown", "span": None, "basis": ""},
        "mentions": [{"start": span["start"], "end": span["end"]}],
        "implied": False,
        "attached": True,  # an analyst's mention, not the extractor's
    }
    conn.execute(
        insert(comm_mentions).values(
            communication_id=cid,
            report_id=rid,
            local_idx=-1,
            data=json.dumps(data),
            start=span["start"],
            end=span["end"],
            full_start=None,
            full_end=None,
        )
    )
    return cid, {"from": None, "report": rid}


def apply_detach(conn: Any, target: Any, _value: Any) -> tuple[str, Any]:
    """A report's mention is no account of this communication: it leaves it (with what the report says
    of it), and a communication left with no mention leaves the register."""
    m = resolve_mention(conn, target["mention"])
    cid = str(m.communication_id)
    comm_row(conn, cid)
    conn.execute(delete(comm_mentions).where(comm_mentions.c.id == m.id))
    conn.execute(delete(flags).where((flags.c.report_id == m.report_id) & (flags.c.communication_id == cid)))
    for t in (quotes, demands):
        conn.execute(
            update(t)
            .where((t.c.report_id == m.report_id) & (t.c.communication_id == cid))
            .values(communication_id=None)
        )
    if not _mentions_of(conn, cid):
        remove_comm(conn, cid)
    return cid, {"report": m.report_id}


APPLIERS = {
    "merge_comms": apply_merge_comms,
    "split_comm": apply_split_comm,
    "attach": apply_attach,
    "detach": apply_detach,
}
