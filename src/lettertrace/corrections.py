"""Analysts' corrections: a layer of their own over the extracted register (issue 12).

A correction never edits report facts. It is stored in the ``corrections`` table (outside the
register tables a relink empties) with who made it, when and why, keyed by identities that survive a
rebuild, and applied to the register tables after every relink (:func:`apply_corrections`, called at
the end of :func:`lettertrace.link.relink`):

- a communication is keyed by the first report that tells of it: that report's content digest
  (sha256), the span of its first mention there, its place among the report's acts and its kind,
  never by its row id (which comes from the same content, but a key on the evidence says why);
- an entity is keyed by its name (then any alias of it).

Kinds: ``sender``, ``recipients``, ``date`` (interval and precision), ``reject`` (the communication
leaves the register tables and every export; the report facts and the correction keep it) and
``merge_entities``. A correction whose evidence is gone (the report changed or was removed) is kept
and marked ``orphaned``; an undone one is kept and marked ``undone``.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import delete, insert, select, update

from .models import LettertraceError
from .store import (
    Store,
    aliases,
    comm_mentions,
    communications,
    corrections,
    demands,
    entities,
    flags,
    quotes,
    reports,
)

KINDS = ("sender", "recipients", "date", "reject", "merge_entities")
# The field of a communication each kind sets (how an export marks it corrected).
FIELDS = {"sender": "sender", "recipients": "recipients", "date": "date", "reject": "rejected"}
EXPORT_FORMAT = "lettertrace-corrections/1"
# Keys of a target or value that name rows of one register (ids, paths): shown, never compared.
_HINTS = frozenset({"id", "source", "report"})


class CorrectionError(LettertraceError):
    """A correction that cannot be made: an unknown communication or entity, a bad value."""


class Orphaned(Exception):
    """The evidence a correction is keyed on is no longer in the register."""


def who_default(by: str | None = None) -> str:
    """Who makes a correction: ``--by``, else ``LETTERTRACE_USER``, else the login name."""
    if by and by.strip():
        return by.strip()
    if env := os.environ.get("LETTERTRACE_USER", "").strip():
        return env
    try:
        return getpass.getuser()
    except Exception:  # no login name (a container without a passwd entry)
        return "unknown"


def _fold(s: str) -> str:
    return " ".join(s.casefold().split())


def stable(obj: Any) -> Any:
    """``obj`` without the keys that name rows of one register (ids, paths): what two registers built
    from the same reports share."""
    if isinstance(obj, dict):
        return {k: stable(v) for k, v in sorted(obj.items()) if k not in _HINTS}
    if isinstance(obj, list):
        return [stable(v) for v in obj]
    return obj


def fingerprint(kind: str, target: Any, value: Any, who: str, at: str, why: str) -> str:
    blob = json.dumps([kind, stable(target), stable(value), who, at, why], sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ keys


def comm_key(conn: Any, cid: str) -> dict[str, Any]:
    """The stable key of communication ``cid`` in the register as it is."""
    m = conn.execute(
        select(comm_mentions, reports.c.sha256, reports.c.source)
        .join(reports, reports.c.id == comm_mentions.c.report_id)
        .where(comm_mentions.c.communication_id == cid)
        .order_by(comm_mentions.c.id)
    ).first()
    if m is None:
        raise CorrectionError(
            f"no communication {cid!r} in the register (ids are listed by `lettertrace letters`)"
        )
    m = m._mapping
    return {
        "digest": m["sha256"],
        "start": m["start"],
        "end": m["end"],
        "local": m["local_idx"],
        "kind": json.loads(m["data"]).get("kind"),
        "id": cid,
        "source": m["source"],
    }


def resolve_comm(conn: Any, key: dict[str, Any]) -> str:
    """The id the communication keyed ``key`` has now; raises Orphaned when its evidence is gone."""
    rows = conn.execute(
        select(
            comm_mentions.c.communication_id, comm_mentions.c.local_idx, comm_mentions.c.data, reports.c.id
        )
        .join(reports, reports.c.id == comm_mentions.c.report_id)
        .where(
            (reports.c.sha256 == key["digest"])
            & (comm_mentions.c.start == key["start"])
            & (comm_mentions.c.end == key["end"])
        )
    ).all()
    if not rows:
        there = conn.execute(select(reports.c.id).where(reports.c.sha256 == key["digest"])).first()
        if there is None:
            raise Orphaned(
                f"the report it was made on ({key.get('source') or key['digest'][:12]}) changed or was removed"
            )
        raise Orphaned(f"the report no longer tells of a communication at {key['start']}-{key['end']}")
    cands = sorted(rows, key=lambda r: (r[3], r[1]))
    for test in (
        lambda r: json.loads(r[2]).get("kind") == key.get("kind"),
        lambda r: r[1] == key.get("local"),
    ):
        narrowed = [r for r in cands if test(r)]
        if len(narrowed) == 1:
            return str(narrowed[0][0])
        cands = narrowed or cands
    return str(cands[0][0])


def entity_key(conn: Any, eid: str) -> dict[str, Any]:
    row = conn.execute(select(entities.c.id, entities.c.name).where(entities.c.id == eid)).first()
    if row is None:
        raise CorrectionError(f"no entity {eid!r} in the register")
    return {"name": row.name, "id": row.id}


def resolve_entity(conn: Any, key: dict[str, Any]) -> str:
    """The id of the entity named in ``key`` now: the same id and name, else the one entity of that name,
    else the one entity with that alias (a merged entity's name is an alias of the one it joined)."""
    want = _fold(key["name"])
    rows = conn.execute(select(entities.c.id, entities.c.name)).all()
    if any(r.id == key.get("id") and _fold(r.name) == want for r in rows):
        return str(key["id"])
    named = [r.id for r in rows if _fold(r.name) == want]
    if len(named) == 1:
        return str(named[0])
    ids = {r.id for r in rows}
    by_alias = {
        a.entity_id
        for a in conn.execute(select(aliases.c.entity_id, aliases.c.alias)).all()
        if _fold(a.alias) == want
    }
    by_alias &= ids
    if len(by_alias) == 1:
        return str(next(iter(by_alias)))
    if len(named) > 1 or len(by_alias) > 1:
        raise Orphaned(f"several entities answer to {key['name']!r}")
    raise Orphaned(f"no entity answers to {key['name']!r}")


def _name(conn: Any, eid: str | None) -> dict[str, Any] | None:
    if eid is None:
        return None
    row = conn.execute(select(entities.c.name).where(entities.c.id == eid)).first()
    return {"id": eid, "name": row.name if row else eid}


# ------------------------------------------------------------------ appliers


def _comm_row(conn: Any, cid: str) -> dict[str, Any]:
    row = conn.execute(select(communications).where(communications.c.id == cid)).first()
    if row is None:
        raise Orphaned(f"communication {cid} is no longer in the register (rejected?)")
    return dict(row._mapping)


def _apply_sender(conn: Any, target: Any, value: Any) -> tuple[str, Any]:
    cid = resolve_comm(conn, target["comm"])
    row = _comm_row(conn, cid)
    new = resolve_entity(conn, value["entity"]) if value.get("entity") else None
    conn.execute(update(communications).where(communications.c.id == cid).values(sender=new))
    return cid, _name(conn, row["sender"])


def _apply_recipients(conn: Any, target: Any, value: Any) -> tuple[str, Any]:
    cid = resolve_comm(conn, target["comm"])
    row = _comm_row(conn, cid)
    new: list[str] = []
    for e in value["entities"]:
        eid = resolve_entity(conn, e)
        if eid not in new:
            new.append(eid)
    conn.execute(update(communications).where(communications.c.id == cid).values(recipients=json.dumps(new)))
    return cid, [_name(conn, e) for e in json.loads(row["recipients"])]


def _apply_date(conn: Any, target: Any, value: Any) -> tuple[str, Any]:
    cid = resolve_comm(conn, target["comm"])
    row = _comm_row(conn, cid)
    conn.execute(
        update(communications)
        .where(communications.c.id == cid)
        .values(earliest=value["earliest"], latest=value["latest"], precision=value["precision"])
    )
    return cid, {k: row[k] for k in ("earliest", "latest", "precision")}


def _apply_reject(conn: Any, target: Any, _value: Any) -> tuple[str, Any]:
    """The communication leaves the register tables (every export and view); its mentions stay in the
    report facts and in this correction, and an undo brings it back."""
    cid = resolve_comm(conn, target["comm"])
    row = _comm_row(conn, cid)
    conn.execute(delete(communications).where(communications.c.id == cid))
    conn.execute(delete(comm_mentions).where(comm_mentions.c.communication_id == cid))
    conn.execute(delete(flags).where(flags.c.communication_id == cid))
    conn.execute(update(quotes).where(quotes.c.communication_id == cid).values(communication_id=None))
    conn.execute(update(demands).where(demands.c.communication_id == cid).values(communication_id=None))
    conn.execute(update(communications).where(communications.c.in_reply_to == cid).values(in_reply_to=None))
    return cid, row


def _apply_merge(conn: Any, target: Any, _value: Any) -> tuple[str, Any]:
    """``drop`` joins ``keep``: its letters, quotes, aliases and roles; its name becomes an alias."""
    keep = resolve_entity(conn, target["keep"])
    drop = resolve_entity(conn, target["drop"])
    if keep == drop:
        raise Orphaned(f"{target['keep']['name']!r} and {target['drop']['name']!r} are one entity already")
    k = dict(conn.execute(select(entities).where(entities.c.id == keep)).one()._mapping)
    d = dict(conn.execute(select(entities).where(entities.c.id == drop)).one()._mapping)
    conn.execute(update(communications).where(communications.c.sender == drop).values(sender=keep))
    for cid, recips in conn.execute(select(communications.c.id, communications.c.recipients)).all():
        ids = json.loads(recips)
        if drop in ids:
            merged = list(dict.fromkeys(keep if e == drop else e for e in ids))
            conn.execute(
                update(communications).where(communications.c.id == cid).values(recipients=json.dumps(merged))
            )
    conn.execute(update(quotes).where(quotes.c.speaker == drop).values(speaker=keep))
    conn.execute(update(aliases).where(aliases.c.entity_id == drop).values(entity_id=keep))
    conn.execute(insert(aliases).values(entity_id=keep, alias=d["name"], akind="name", report_id=None))
    roles = json.loads(k["roles"] or "[]") + json.loads(d["roles"] or "[]")
    conn.execute(
        update(entities)
        .where(entities.c.id == keep)
        .values(roles=json.dumps(roles), wikidata=k["wikidata"] or d["wikidata"])
    )
    conn.execute(delete(entities).where(entities.c.id == drop))
    return keep, d


APPLIERS: dict[str, Callable[[Any, Any, Any], tuple[str, Any]]] = {
    "sender": _apply_sender,
    "recipients": _apply_recipients,
    "date": _apply_date,
    "reject": _apply_reject,
    "merge_entities": _apply_merge,
}


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


# ------------------------------------------------------------------ making, listing, undoing


def _write_lock(conn: Any) -> None:
    """Take the register's write lock first (``BEGIN IMMEDIATE``): a transaction that read first and
    wrote later would fail at once ('database is locked') when another process wrote in between;
    one that starts with the lock waits its turn. Two processes correcting at once keep both."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def add(store: Store, kind: str, target: Any, value: Any, why: str, by: str | None = None) -> int:
    """Record one correction and apply it to the register as it is; returns its id."""
    if kind not in KINDS:
        raise CorrectionError(f"unknown kind of correction {kind!r}")
    if not why or not why.strip():
        raise CorrectionError("a correction needs a reason (--why)")
    who = who_default(by)
    at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    with store.begin() as conn:
        _write_lock(conn)
        cid = _insert(
            conn, kind, target, {"value": value, "was": _was_now(conn, kind, target)}, who, at, why.strip()
        )
        apply_corrections(conn, [cid])
    return cid


def _was_now(conn: Any, kind: str, target: Any) -> Any:
    if kind == "merge_entities":
        return None
    cid = resolve_comm(conn, target["comm"])
    row = _comm_row(conn, cid)
    if kind == "sender":
        return _name(conn, row["sender"])
    if kind == "recipients":
        return [_name(conn, e) for e in json.loads(row["recipients"])]
    if kind == "date":
        return {k: row[k] for k in ("earliest", "latest", "precision")}
    return None


def _insert(
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


def listing(store: Store, orphaned: bool = False) -> list[dict[str, Any]]:
    """Every correction (or only the orphaned ones) as dicts, oldest first."""
    query = select(corrections).order_by(corrections.c.id)
    if orphaned:
        query = query.where(corrections.c.status == "orphaned")
    with store.connect() as conn:
        rows = conn.execute(query).mappings().all()
    out = []
    for r in rows:
        d = dict(r)
        for k in ("target", "payload", "was"):
            d[k] = json.loads(d[k]) if d[k] else None
        out.append(d)
    return out


def undo(store: Store, cid: int, by: str | None = None) -> dict[str, Any]:
    """Mark correction ``cid`` undone (it is kept, with who undid it and when). The caller relinks the
    register so that the extracted value returns."""
    with store.begin() as conn:
        _write_lock(conn)
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
    """The corrections applied now, by the id they apply to: how exports mark corrected facts."""
    rows = conn.execute(
        select(corrections)
        .where((corrections.c.status == "applied") & corrections.c.kind.in_(list(kinds)))
        .order_by(corrections.c.id)
    ).all()
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        out.setdefault(r.applied_to, []).append(
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


# ------------------------------------------------------------------ sharing


def export_data(store: Store) -> dict[str, Any]:
    """Every correction, undone ones too, in the shape ``import_data`` reads."""
    keep = ("kind", "target", "payload", "who", "at", "why", "undone", "undone_by", "undone_at")
    items = []
    for c in listing(store):
        item = {k: c[k] for k in keep}
        item["undone"] = bool(item["undone"])
        items.append(item)
    return {"format": EXPORT_FORMAT, "corrections": items}


def _conflict_key(kind: str, target: Any) -> str:
    if kind == "merge_entities":
        return json.dumps([kind, stable(target["drop"])], sort_keys=True)
    return json.dumps([kind, stable(target)], sort_keys=True)


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
        _write_lock(conn)
        have = {r.fingerprint: r for r in conn.execute(select(corrections)).all()}
        active: dict[str, Any] = {}
        for r in have.values():
            if not r.undone:
                active.setdefault(_conflict_key(r.kind, json.loads(r.target)), []).append(r)
        for item in data["corrections"]:
            try:
                kind, target, payload = item["kind"], item["target"], item["payload"]
                who, at, why = str(item["who"]), str(item["at"]), str(item["why"])
            except (KeyError, TypeError) as exc:
                raise CorrectionError(f"a correction in the file lacks {exc}") from exc
            if kind not in KINDS or not why.strip():
                raise CorrectionError(f"a correction in the file is not valid (kind {kind!r})")
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
                clash = [
                    r
                    for r in active.get(_conflict_key(kind, target), [])
                    if stable(json.loads(r.payload).get("value")) != stable(payload.get("value"))
                    or (kind == "merge_entities" and stable(json.loads(r.target)) != stable(target))
                ]
                if clash:
                    report["conflicts"].append({"item": item, "with": [r.id for r in clash]})
                    continue
            new = _insert(
                conn,
                kind,
                target,
                payload,
                who,
                at,
                why,
                undone=item.get("undone"),
                undone_by=item.get("undone_by"),
                undone_at=item.get("undone_at"),
            )
            report["added"].append(new)
        apply_corrections(conn, report["added"])
    return report
