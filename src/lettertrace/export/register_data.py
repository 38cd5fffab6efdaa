"""The register as plain dicts: the shape of the JSON export (see ../shared/eval/CONTRACT.md).

Shared by the JSON exporter, the other exporters and the web UI's ``.json`` pages.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, func, select

from .. import corrections
from ..store import Store, aliases, comm_mentions, communications, demands, entities, flags, quotes, reports

# Date bases (extract/dating.py, intervals.py) that put a date in a window no words of the report state.
INFERRED_BASES = ("recent past", "before the reply", "in the year given nearby")


_DOC_COLUMNS = [
    reports.c.id,
    reports.c.source,
    reports.c.sha256,
    reports.c.fmt,
    reports.c.title,
    reports.c.outlet,
    reports.c.author,
    reports.c.url,
    reports.c.published,
    reports.c.dateline_place,
]


def documents(store: Store) -> list[dict[str, Any]]:
    """Every report with its metadata."""
    with store.connect() as conn:
        rows = conn.execute(select(*_DOC_COLUMNS).order_by(reports.c.source)).mappings().all()
    return [dict(r) for r in rows]


def documents_by_id(conn: Connection, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The metadata of the reports of ``ids`` that exist (as ``documents`` gives it), by id."""
    ids = list(dict.fromkeys(ids))
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), _CHUNK):
        rows = conn.execute(select(*_DOC_COLUMNS).where(reports.c.id.in_(ids[i : i + _CHUNK]))).mappings()
        out.update((r["id"], dict(r)) for r in rows)
    return out


def entity_list(store: Store) -> list[dict[str, Any]]:
    """Entities with every surface form seen for them."""
    with store.connect() as conn:
        ents = conn.execute(select(entities).order_by(entities.c.id)).mappings().all()
        # plain tuples: a mapping row per alias costs a keys() view each (a tenth of a second per 10,000)
        al = conn.execute(select(aliases.c.entity_id, aliases.c.alias, aliases.c.akind)).tuples().all()
        merged = corrections.applied_to(conn, corrections.ENTITY_KINDS)
    return _entity_dicts(ents, al, merged)


def entities_by_id(conn: Connection, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The entities of ``ids`` that exist, shaped as ``entity_list`` shapes them, by id."""
    ids = sorted(set(ids))
    ents: list[Any] = []
    al: list[Any] = []
    for i in range(0, len(ids), _CHUNK):
        part = ids[i : i + _CHUNK]
        ents += conn.execute(select(entities).where(entities.c.id.in_(part))).mappings().all()
        al += conn.execute(
            select(aliases.c.entity_id, aliases.c.alias, aliases.c.akind).where(aliases.c.entity_id.in_(part))
        ).tuples()
    merged = corrections.applied_to(conn, corrections.ENTITY_KINDS) if ids else {}
    return {e["id"]: e for e in _entity_dicts(ents, al, merged)}


def _entity_dicts(ents: Sequence[Any], al: Sequence[Any], merged: dict[str, Any]) -> list[dict[str, Any]]:
    by: dict[str, list[tuple[str, str]]] = {}
    for eid, alias, akind in al:
        by.setdefault(eid, []).append((alias, akind))
    out = []
    for e in ents:
        forms = by.get(e["id"], [])
        item = {
            "id": e["id"],
            "name": e["name"],
            "type": e["etype"],
            "wikidata": e["wikidata"],
            "aliases": sorted({alias for alias, _ in forms}),
            "epithets": sorted({alias for alias, akind in forms if akind == "epithet"}),
            "roles": json.loads(e["roles"] or "[]"),
        }
        if e["id"] in merged:  # an analyst merged another entity into this one, or split an alias off
            item["corrected"] = _marks(merged[e["id"]])
        out.append(item)
    return out


def _marks(applied: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """How an export marks a corrected fact: the field, who, when and why, and the extracted value it replaced
    (for a merge: the entity or communication that joined this one, by id and name or date)."""
    out = []
    for c in applied:
        was = c["was"]
        if c["field"] == "merged" and isinstance(was, dict):
            keep = ("id", "name", "kind", "earliest", "latest", "precision")
            was = {k: v for k, v in was.items() if k in keep}
        out.append({**c, "was": was})
    return out


def communication_list(store: Store) -> list[dict[str, Any]]:
    """Communications with one mention per report, full texts, flags and demands."""
    with store.connect() as conn:
        comms = (
            conn.execute(select(communications).order_by(communications.c.implied, communications.c.id))
            .mappings()
            .all()
        )
        ments = conn.execute(select(comm_mentions).order_by(comm_mentions.c.id)).mappings().all()
        fls = conn.execute(select(flags).order_by(flags.c.id)).mappings().all()
        dms = conn.execute(select(demands).order_by(demands.c.id)).mappings().all()
        fixed = corrections.applied_to(conn, corrections.COMM_KINDS)
    return _in_reading_order(store, _comm_dicts(comms, ments, fls, dms, fixed))


def communications_by_id(conn: Connection, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The communications of ``ids`` that exist, shaped as ``communication_list`` shapes them, in the
    order of ``ids``: each read through the indexes on its id (a page's few, not the whole register)."""
    ids = list(dict.fromkeys(ids))
    comms: list[Any] = []
    ments: list[Any] = []
    fls: list[Any] = []
    dms: list[Any] = []
    for i in range(0, len(ids), _CHUNK):
        part = ids[i : i + _CHUNK]
        comms += conn.execute(select(communications).where(communications.c.id.in_(part))).mappings().all()
        ments += conn.execute(
            select(comm_mentions).where(comm_mentions.c.communication_id.in_(part))
        ).mappings()
        fls += conn.execute(select(flags).where(flags.c.communication_id.in_(part))).mappings().all()
        dms += conn.execute(select(demands).where(demands.c.communication_id.in_(part))).mappings().all()
    fixed = corrections.applied_to(conn, corrections.COMM_KINDS) if ids else {}
    ments.sort(key=lambda m: m["id"])
    fls.sort(key=lambda f: f["id"])
    dms.sort(key=lambda d: d["id"])
    found = {c["id"]: c for c in _comm_dicts(comms, ments, fls, dms, fixed)}
    return {cid: found[cid] for cid in ids if cid in found}


_CHUNK = 500  # ids bound in one IN (...)


def _comm_dicts(
    comms: Sequence[Any], ments: Sequence[Any], fls: Sequence[Any], dms: Sequence[Any], fixed: dict[str, Any]
) -> list[dict[str, Any]]:
    """The export dicts of ``comms`` from their rows and those of their mentions, flags and demands."""
    by_m: dict[str, list[Any]] = {}
    for m in ments:
        by_m.setdefault(m["communication_id"], []).append(m)
    by_f: dict[str, list[Any]] = {}  # grouped once: a scan of every flag and demand per letter is quadratic
    for f in fls:
        by_f.setdefault(f["communication_id"], []).append(f)
    by_d: dict[str, list[Any]] = {}
    for d in dms:
        by_d.setdefault(d["communication_id"], []).append(d)
    out = []
    for c in comms:
        ms = by_m.get(c["id"], [])
        evidence = [_evidence(m) for m in ms]
        date = {"earliest": c["earliest"], "latest": c["latest"], "precision": c["precision"]}
        basis, inferred = date_basis(date, evidence)
        if dated := [x for x in fixed.get(c["id"], []) if x["field"] == "date"]:
            basis, inferred = f"corrected by {dated[-1]['by']}: {dated[-1]['why']}", False
        out.append(
            {
                "id": c["id"],
                "kind": c["kind"],
                "sender": c["sender"],
                "recipients": json.loads(c["recipients"]),
                "date": date,
                "date_basis": basis,
                "date_inferred": inferred,
                "in_reply_to": c["in_reply_to"],
                "implied": bool(c["implied"]),
                "mentions": [{"document": m["report_id"], "start": m["start"], "end": m["end"]} for m in ms],
                "evidence": evidence,
                "full_texts": [
                    {"document": m["report_id"], "start": m["full_start"], "end": m["full_end"]}
                    for m in ms
                    if m["full_start"] is not None
                ],
                "flags": [_flag(f) for f in by_f.get(c["id"], [])],
                "demands": [
                    {"document": d["report_id"], "start": d["start"], "end": d["end"], "text": d["text"]}
                    for d in by_d.get(c["id"], [])
                ],
            }
        )
        if c["id"] in fixed:  # corrected by an analyst: who, when, why and the value it replaced
            out[-1]["corrected"] = _marks(fixed[c["id"]])
    return out


def _in_reading_order(store: Store, out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Communications as the reports tell them: by the first report (in file order) and place where one
    is told, implied letters last; ties by id. Ids are hashes, so an order by id alone tells nothing."""
    with store.connect() as conn:
        source = {
            r["id"]: r["source"] for r in conn.execute(select(reports.c.id, reports.c.source)).mappings()
        }

    def key(c: dict[str, Any]) -> tuple[bool, tuple[str, int], str]:
        places = [(source.get(m["document"], ""), m["start"]) for m in c["mentions"]]
        return (c["implied"], min(places, default=("", 0)), c["id"])

    return sorted(out, key=key)


def date_basis(date: dict[str, Any], evidence: list[dict[str, Any]]) -> tuple[str, bool]:
    """How the communication's date was worked out, from the reports' own dates, and whether it is inferred.

    The basis of the report whose date the communication took; where the reports' dates were
    intersected, each report's basis. Inferred: no words of a report state the date (it was put
    in a window before the report or before a reply).
    """
    key = (date["earliest"], date["latest"], date["precision"])
    stated = [
        ev
        for ev in evidence
        if (ev["date"]["earliest"], ev["date"]["latest"], ev["date"]["precision"]) == key
    ]
    if not date["earliest"] and not date["latest"]:
        said = [ev["date"].get("basis") for ev in evidence if ev["date"].get("basis")]
        return (said[0] if said else "no report gives a date"), False
    if stated:
        return _basis_of(stated[0]), _inferred(stated[0]["date"])
    known = [ev for ev in evidence if ev["date"]["earliest"] or ev["date"]["latest"]]
    text = "where the reports' dates overlap: " + "; ".join(
        f"{_basis_of(ev)} ({ev['document']})" for ev in known
    )
    return text, any(_inferred(ev["date"]) for ev in known)


def _basis_of(ev: dict[str, Any]) -> str:
    return str(ev["date"].get("basis") or "as the report gives it")


def _inferred(date: dict[str, Any]) -> bool:
    return str(date.get("basis") or "").startswith(INFERRED_BASES)


def last_change(store: Store) -> str | None:
    """When the register last changed: the latest ingest time (ISO timestamp), None when empty."""
    with store.connect() as conn:
        return conn.execute(select(func.max(reports.c.ingested_at))).scalar()


def _evidence(m: Any) -> dict[str, Any]:
    data = json.loads(m["data"])
    return {
        "document": m["report_id"],
        "spans": data["mentions"],
        "date": data["date"],
        "sender": (data.get("sender") or {}).get("name"),
        "recipients": [r["name"] for r in data.get("recipients") or []],
        "kind": data["kind"],
    }


def _flag(f: Any) -> dict[str, Any]:
    return {"code": f["code"], "message": f["message"], "evidence": json.loads(f["evidence"])}


def quote_list(store: Store, qkind: str = "quote") -> list[dict[str, Any]]:
    """Quotes (or paraphrases) with speaker, span and communication (and ``corrected``, the analysts'
    corrections of its speaker or letter, where there are)."""
    with store.connect() as conn:
        return quotes_where(conn, quotes.c.qkind == qkind)


def quotes_of(conn: Connection, cid: str, qkind: str = "quote") -> list[dict[str, Any]]:
    """The quotes (or paraphrases) of communication ``cid``, as ``quote_list`` gives them (its index)."""
    return quotes_where(conn, (quotes.c.communication_id == cid) & (quotes.c.qkind == qkind))


def quotes_where(conn: Connection, where: Any) -> list[dict[str, Any]]:
    """The quotes ``where`` selects, in report order, shaped as ``quote_list`` shapes them."""
    rows = (
        conn.execute(select(quotes).where(where).order_by(quotes.c.report_id, quotes.c.start))
        .mappings()
        .all()
    )
    fixed = corrections.applied_to(conn, corrections.QUOTE_KINDS)
    out = [
        {
            "id": q["id"],
            "speaker": q["speaker"],
            "speaker_name": q["speaker_name"],
            "text": q["text"],
            "document": q["report_id"],
            "start": q["start"],
            "end": q["end"],
            "communication": q["communication_id"],
            "citation": bool(q["citation"]),
            "cue": q["cue"],
        }
        for q in rows
    ]
    for q in out:
        if q["id"] in fixed:
            q["corrected"] = _marks(fixed[q["id"]])
    return out


def report_flags(store: Store) -> list[dict[str, Any]]:
    """Flags raised on whole reports."""
    with store.connect() as conn:
        fls = conn.execute(select(flags).where(flags.c.communication_id.is_(None))).mappings().all()
    return [{"document": f["report_id"], **_flag(f)} for f in fls]


def register_dict(store: Store) -> dict[str, Any]:
    """The whole register in the export shape."""
    from ..extract.quotes import MIN_QUOTE_WORDS

    all_quotes = quote_list(store)
    return {
        "format": "lettertrace-register/1",
        "documents": documents(store),
        "entities": entity_list(store),
        "communications": communication_list(store),
        "quotes": [q for q in all_quotes if len(q["text"].split()) >= MIN_QUOTE_WORDS],
        "quote_fragments": [q for q in all_quotes if len(q["text"].split()) < MIN_QUOTE_WORDS],
        "paraphrases": quote_list(store, "paraphrase"),
        "flags": report_flags(store),
    }
