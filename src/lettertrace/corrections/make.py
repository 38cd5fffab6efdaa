"""Corrections drafted from what a person types (ids, names, dates): the one place where the CLI's
``correct ...`` commands and the web UI's forms turn their input into a correction's kind, stable target
and value, each checked against the register as it is. A problem is a CorrectionError in one sentence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from ..models import precision_of
from ..store import Store, aliases, comm_mentions
from .comm_fields import COMM_KINDS, PRECISIONS
from .keys import CorrectionError, comm_key, fold, mention_key, quote_key, span_key

NONE_WORDS = ("", "none", "unknown", "-")


@dataclass(frozen=True)
class Draft:
    """A correction ready to be made: its kind, target and value, what it does in words, and the page
    (path) of what it concerns."""

    kind: str
    target: dict[str, Any]
    value: Any
    what: str
    page: str


def entity_ref(store: Store, name: str) -> dict[str, Any]:
    """The key of the one entity ``name`` (an id, a name or an alias) answers to."""
    from .. import query

    try:
        hit = query.find_entity(store, name.strip())
    except query.AmbiguousName as exc:
        names = "; ".join(f"{e['id']} ({e['name']}, {e['type']})" for e in exc.candidates)
        raise CorrectionError(f"several entities answer to {name!r}: name one by its id: {names}") from exc
    if hit is None:
        raise CorrectionError(f"no entity answers to {name!r} (`lettertrace entities` lists them)")
    return {"name": hit["name"], "id": hit["id"]}


def date_value(earliest: str, latest: str | None = None, precision: str | None = None) -> dict[str, Any]:
    """The interval from YYYY[-MM[-DD]] bounds (the first day of ``earliest``, the last of ``latest``)
    and its precision (given, else what the bounds span: models.precision_of)."""
    from .. import query

    precision = precision or None
    if precision is not None and precision not in PRECISIONS:
        raise CorrectionError(
            f"--precision must be {', '.join(PRECISIONS[:-1])} or unknown, not {precision!r}"
        )
    try:
        lo = query.parse_day(earliest.strip())
        hi = query.parse_day((latest or "").strip() or earliest.strip(), end=True)
    except ValueError as exc:
        raise CorrectionError(str(exc)) from exc
    if lo > hi:
        raise CorrectionError(f"the interval ends ({hi}) before it starts ({lo})")
    if precision is None:
        precision = precision_of(dt.date.fromisoformat(lo), dt.date.fromisoformat(hi))
    return {"earliest": lo, "latest": hi, "precision": precision}


def _none(s: str | None) -> bool:
    return (s or "").strip().lower() in NONE_WORDS


def _comm(conn: Any, cid: str) -> dict[str, Any]:
    return comm_key(conn, cid.strip())


def _mentions(conn: Any, cid: str) -> int:
    return int(
        conn.execute(
            select(func.count()).select_from(comm_mentions).where(comm_mentions.c.communication_id == cid)
        ).scalar_one()
    )


def _letter(kind: str, cid: str, target: dict[str, Any], value: Any, what: str) -> Draft:
    return Draft(kind, target, value, what, f"/letters/{cid}")


def draft(store: Store, kind: str, /, **f: Any) -> Draft:
    """A correction of ``kind`` from the fields a person gave (see each branch); CorrectionError when a
    field names nothing in the register or the correction would change nothing."""
    with store.connect() as conn:
        if kind in ("merge_entities", "split_alias"):
            return _entity_draft(store, conn, kind, f)
        if kind in ("quote_speaker", "quote_letter"):
            return _quote_draft(store, conn, kind, f)
        cid = str(f["comm"]).strip()
        target: dict[str, Any] = {"comm": _comm(conn, cid)}
        if kind == "sender":
            ent = None if _none(f["entity"]) else entity_ref(store, f["entity"])
            return _letter(
                kind, cid, target, {"entity": ent}, f"sender of {cid} -> {ent['name'] if ent else 'unknown'}"
            )
        if kind == "recipients":
            ents = [entity_ref(store, e) for e in f["entities"] if e.strip()]
            if not ents:
                raise CorrectionError("name at least one recipient")
            names = ", ".join(e["name"] for e in ents)
            return _letter(kind, cid, target, {"entities": ents}, f"recipients of {cid} -> {names}")
        if kind == "date":
            v = date_value(f["earliest"], f.get("latest"), f.get("precision"))
            span = f"{v['earliest']}..{v['latest']} ({v['precision']})"
            return _letter(kind, cid, target, v, f"date of {cid} -> {span}")
        if kind == "kind":
            k = str(f["kind"]).strip().lower()
            if k not in COMM_KINDS:
                raise CorrectionError(f"the kind must be letter, message or call, not {k!r}")
            return _letter(kind, cid, target, {"kind": k}, f"kind of {cid} -> {k}")
        if kind == "reply":
            if _none(f["answers"]):
                return _letter(kind, cid, target, {"comm": None}, f"{cid} answers no letter")
            other = str(f["answers"]).strip()
            if other == cid:
                raise CorrectionError("a letter cannot answer itself")
            return _letter(kind, cid, target, {"comm": _comm(conn, other)}, f"{cid} answers {other}")
        if kind in ("confirm", "reject"):
            return _letter(kind, cid, target, None, f"{cid} {kind}ed")
        if kind == "merge_comms":
            other = str(f["other"]).strip()
            if other == cid:
                raise CorrectionError(f"{cid} is one communication already")
            drop = _comm(conn, other)
            return _letter(
                kind, cid, {"keep": target["comm"], "drop": drop}, None, f"{other} merged into {cid}"
            )
        if kind in ("split_comm", "detach"):
            rid = str(f["report"]).strip()
            mention = mention_key(conn, cid, rid)
            if kind == "split_comm" and _mentions(conn, cid) < 2:
                raise CorrectionError(f"{cid} has no other report: it is its own communication already")
            what = (
                f"report {rid} split off {cid}"
                if kind == "split_comm"
                else f"report {rid} detached from {cid}"
            )
            return _letter(kind, cid, {"mention": mention}, None, what)
        if kind == "attach":
            rid = str(f["report"]).strip()
            start, end = _int(f["start"], "start"), _int(f["end"], "end")
            where = span_key(conn, rid, start, end)
            there = (
                conn.execute(
                    select(comm_mentions.c.communication_id).where(
                        (comm_mentions.c.report_id == rid)
                        & (comm_mentions.c.start == start)
                        & (comm_mentions.c.end == end)
                    )
                )
                .scalars()
                .all()
            )
            if cid in there:
                raise CorrectionError(f"report {rid} at {start}-{end} is part of {cid} already")
            return _letter(
                kind, cid, {**target, "span": where}, None, f"report {rid} {start}-{end} attached to {cid}"
            )
    raise CorrectionError(f"unknown kind of correction {kind!r}")


def _int(value: Any, name: str) -> int:
    try:
        return int(str(value).strip())
    except ValueError as exc:
        raise CorrectionError(f"{name} must be a character offset (a whole number), not {value!r}") from exc


def _entity_draft(store: Store, conn: Any, kind: str, f: dict[str, Any]) -> Draft:
    keep = entity_ref(store, f["entity"])
    page = f"/entities/{keep['id']}"
    if kind == "merge_entities":
        drop = entity_ref(store, f["other"])
        if drop["id"] == keep["id"]:
            raise CorrectionError(f"{f['entity']!r} and {f['other']!r} are one entity already ({keep['id']})")
        return Draft(
            kind, {"keep": keep, "drop": drop}, None, f"{drop['name']} merged into {keep['name']}", page
        )
    alias = " ".join(str(f["alias"]).split())
    if fold(alias) == fold(keep["name"]):
        raise CorrectionError(f"{alias!r} is the name of {keep['id']}: split off one of its aliases")
    forms = {
        fold(a)
        for a in conn.execute(select(aliases.c.alias).where(aliases.c.entity_id == keep["id"])).scalars()
    }
    if fold(alias) not in forms:
        raise CorrectionError(
            f"{keep['name']} has no alias {alias!r} (`lettertrace show {keep['id']}` lists them)"
        )
    return Draft(kind, {"entity": keep, "alias": alias}, None, f"{alias!r} split off {keep['name']}", page)


def _quote_draft(store: Store, conn: Any, kind: str, f: dict[str, Any]) -> Draft:
    qid = str(f["quote"]).strip()
    target = {"quote": quote_key(conn, qid)}
    page = f"/reports/{qid.rsplit('-', 1)[0]}"
    if kind == "quote_speaker":
        ent = None if _none(f["entity"]) else entity_ref(store, f["entity"])
        return Draft(
            kind, target, {"entity": ent}, f"speaker of {qid} -> {ent['name'] if ent else 'unknown'}", page
        )
    if _none(f["comm"]):
        return Draft(kind, target, {"comm": None}, f"{qid} is from no letter", page)
    cid = str(f["comm"]).strip()
    return Draft(kind, target, {"comm": _comm(conn, cid)}, f"{qid} is from {cid}", f"/letters/{cid}")
