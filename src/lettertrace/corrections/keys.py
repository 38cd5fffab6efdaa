"""Stable keys: how a correction names what it corrects, so that a rebuild of the register finds it again.

Never a row id or a file path: a communication by the first report that tells of it (that report's content
digest, the span of its first mention there, its place among the report's acts and its kind), a report's
mention of a communication the same way, a quote by its report's digest and its span, an entity by its
name (then an alias: a merged entity's name is an alias of the one it joined). Ids and paths ride along
as hints (``_HINTS``): shown to people, never compared.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from typing import Any

from sqlalchemy import select

from ..models import LettertraceError
from ..store import aliases, comm_mentions, communications, entities, quotes, reports

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


def fold(s: str) -> str:
    """A name compared without case and runs of spaces."""
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


# ------------------------------------------------------------------ communications and their mentions


def _mention_dict(m: Any) -> dict[str, Any]:
    return {
        "digest": m["sha256"],
        "start": m["start"],
        "end": m["end"],
        "local": m["local_idx"],
        "kind": json.loads(m["data"]).get("kind"),
        "id": m["communication_id"],
        "report": m["report_id"],
        "source": m["source"],
    }


def comm_key(conn: Any, cid: str) -> dict[str, Any]:
    """The stable key of communication ``cid`` in the register as it is: its first mention's."""
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
    key = _mention_dict(m._mapping)
    del key["report"]
    return key


def mention_key(conn: Any, cid: str, rid: str) -> dict[str, Any]:
    """The stable key of report ``rid``'s mention of communication ``cid``."""
    m = conn.execute(
        select(comm_mentions, reports.c.sha256, reports.c.source)
        .join(reports, reports.c.id == comm_mentions.c.report_id)
        .where((comm_mentions.c.communication_id == cid) & (comm_mentions.c.report_id == rid))
        .order_by(comm_mentions.c.id)
    ).first()
    if m is None:
        raise CorrectionError(f"report {rid!r} does not tell of communication {cid!r}")
    return _mention_dict(m._mapping)


def resolve_mention(conn: Any, key: dict[str, Any]) -> Any:
    """The ``comm_mentions`` row keyed ``key`` now; raises Orphaned when its evidence is gone."""
    rows = conn.execute(
        select(comm_mentions)
        .join(reports, reports.c.id == comm_mentions.c.report_id)
        .where(
            (reports.c.sha256 == key["digest"])
            & (comm_mentions.c.start == key["start"])
            & (comm_mentions.c.end == key["end"])
        )
    ).all()
    if not rows:
        report_of(conn, key)  # Orphaned when the report itself is gone
        raise Orphaned(f"the report no longer tells of a communication at {key['start']}-{key['end']}")
    cands = sorted(rows, key=lambda r: (r.report_id, r.local_idx))
    for test in (
        lambda r: json.loads(r.data).get("kind") == key.get("kind"),
        lambda r: r.local_idx == key.get("local"),
    ):
        narrowed = [r for r in cands if test(r)]
        if len(narrowed) == 1:
            return narrowed[0]
        cands = narrowed or cands
    return cands[0]


def resolve_comm(conn: Any, key: dict[str, Any]) -> str:
    """The id the communication keyed ``key`` has now; raises Orphaned when its evidence is gone."""
    return str(resolve_mention(conn, key).communication_id)


def span_key(conn: Any, rid: str, start: int, end: int) -> dict[str, Any]:
    """The stable key of the span ``start``-``end`` of report ``rid`` (an analyst's mention)."""
    row = conn.execute(
        select(reports.c.sha256, reports.c.source, reports.c.clean_text).where(reports.c.id == rid)
    ).first()
    if row is None:
        raise CorrectionError(f"no report {rid!r} in the register (`lettertrace documents` lists them)")
    if not 0 <= start < end <= len(row.clean_text):
        raise CorrectionError(f"{start}-{end} is no span of report {rid} (0-{len(row.clean_text)})")
    return {"digest": row.sha256, "start": start, "end": end, "report": rid, "source": row.source}


def report_of(conn: Any, key: dict[str, Any]) -> str:
    """The id of the report whose content digest ``key`` names; raises Orphaned when none has it."""
    row = conn.execute(
        select(reports.c.id).where(reports.c.sha256 == key["digest"]).order_by(reports.c.id)
    ).first()
    if row is None:
        where = key.get("source") or key["digest"][:12]
        raise Orphaned(f"the report it was made on ({where}) changed or was removed")
    return str(row.id)


def comm_row(conn: Any, cid: str) -> dict[str, Any]:
    """The ``communications`` row of ``cid``; raises Orphaned when it is not in the register."""
    row = conn.execute(select(communications).where(communications.c.id == cid)).first()
    if row is None:
        raise Orphaned(f"communication {cid} is no longer in the register (rejected?)")
    return dict(row._mapping)


# ------------------------------------------------------------------ quotes


def quote_key(conn: Any, qid: str) -> dict[str, Any]:
    """The stable key of quote (or paraphrase) ``qid``: its report's digest, its kind and span."""
    row = conn.execute(
        select(quotes, reports.c.sha256, reports.c.source)
        .join(reports, reports.c.id == quotes.c.report_id)
        .where(quotes.c.id == qid)
    ).first()
    if row is None:
        raise CorrectionError(f"no quote {qid!r} in the register (`lettertrace quotes` lists them)")
    m = row._mapping
    return {
        "digest": m["sha256"],
        "qkind": m["qkind"],
        "start": m["start"],
        "end": m["end"],
        "id": qid,
        "source": m["source"],
    }


def resolve_quote(conn: Any, key: dict[str, Any]) -> dict[str, Any]:
    """The ``quotes`` row keyed ``key`` now (as a dict); raises Orphaned when its evidence is gone."""
    row = conn.execute(
        select(quotes)
        .join(reports, reports.c.id == quotes.c.report_id)
        .where(
            (reports.c.sha256 == key["digest"])
            & (quotes.c.qkind == key["qkind"])
            & (quotes.c.start == key["start"])
            & (quotes.c.end == key["end"])
        )
        .order_by(quotes.c.id)
    ).first()
    if row is None:
        report_of(conn, key)
        raise Orphaned(f"the report no longer has a {key['qkind']} at {key['start']}-{key['end']}")
    return dict(row._mapping)


# ------------------------------------------------------------------ entities


def entity_key(conn: Any, eid: str) -> dict[str, Any]:
    row = conn.execute(select(entities.c.id, entities.c.name).where(entities.c.id == eid)).first()
    if row is None:
        raise CorrectionError(f"no entity {eid!r} in the register")
    return {"name": row.name, "id": row.id}


def resolve_entity(conn: Any, key: dict[str, Any]) -> str:
    """The id of the entity named in ``key`` now: the same id and name, else the one entity of that name,
    else the one entity with that alias (a merged entity's name is an alias of the one it joined)."""
    want = fold(key["name"])
    rows = conn.execute(select(entities.c.id, entities.c.name)).all()
    if any(r.id == key.get("id") and fold(r.name) == want for r in rows):
        return str(key["id"])
    named = [r.id for r in rows if fold(r.name) == want]
    if len(named) == 1:
        return str(named[0])
    ids = {r.id for r in rows}
    by_alias = {
        a.entity_id
        for a in conn.execute(select(aliases.c.entity_id, aliases.c.alias)).all()
        if fold(a.alias) == want
    }
    by_alias &= ids
    if len(by_alias) == 1:
        return str(next(iter(by_alias)))
    if len(named) > 1 or len(by_alias) > 1:
        raise Orphaned(f"several entities answer to {key['name']!r}")
    raise Orphaned(f"no entity answers to {key['name']!r}")


def name_of(conn: Any, eid: str | None) -> dict[str, Any] | None:
    """{id, name} of entity ``eid`` (None for none)."""
    if eid is None:
        return None
    row = conn.execute(select(entities.c.name).where(entities.c.id == eid)).first()
    return {"id": eid, "name": row.name if row else eid}
