"""People, organisations and states: the list and the page of one entity."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from ... import query
from ... import register_sql as sql
from ...store import comm_parties
from ..history import history
from ..pages import NotFound, page
from ..register_view import RegisterView

WIKIDATA_ID = re.compile(r"^Q\d+$")


@page("/entities", "entities.html")
def entities(reg: RegisterView, q: str | None = None, kind: str | None = None) -> dict[str, Any]:
    """People, organisations and states.

    The parties to some letter come first (``entities``); those the reports name but who send and receive
    nothing (a state known by an epithet such as "the occupying regime", kept so that searching for the
    state finds the words used) are listed apart (``named_only``), never mixed with the correspondents."""
    ents = query.filter_entities(reg.store, q.strip()) if q and q.strip() else list(reg.entities.values())
    if kind:
        ents = [e for e in ents if e["type"] == kind]
    rows = [entity_row(reg, e) for e in sorted(ents, key=lambda e: e["name"].lower())]
    parties = [r for r in rows if r["sent"] or r["received"]]
    named = [r for r in rows if not (r["sent"] or r["received"])]
    return {
        "filters": {"q": q or "", "kind": kind or ""},
        "count": len(parties),
        "entities": parties,
        "named_only": named,
    }


def entity_row(reg: RegisterView, e: dict[str, Any]) -> dict[str, Any]:
    """An entity with how many communications it sent and received."""
    sent, got = reg.counts(e["id"])
    return {
        "id": e["id"],
        "name": e["name"],
        "type": e["type"],
        "wikidata": e["wikidata"],
        "aliases": len(e["aliases"]),
        "epithets": list(e["epithets"]),
        "sent": sent,
        "received": got,
        "corrected": [m["field"] for m in e.get("corrected", [])],
    }


def wikidata_url(qid: str | None) -> str | None:
    """The Wikidata page of an item id (None unless it looks like Q123)."""
    return f"https://www.wikidata.org/wiki/{qid}" if qid and WIKIDATA_ID.match(qid) else None


@page("/entities/{eid}", "entity.html")
def entity(reg: RegisterView, eid: str) -> dict[str, Any]:
    """One person, organisation or state."""
    e = reg.entity(eid)
    if e is None:
        raise NotFound(f"no entity {eid!r} in the register")
    return {
        "tab_title": f"{e['name']} ({e['type']})",
        "entity": {**e, "wikidata_url": wikidata_url(e["wikidata"])},
        "aliases": [{"alias": a, "epithet": a in e["epithets"]} for a in e["aliases"]],
        "sent": [reg.letter_row(c) for c in letters_of(reg, eid, "sender")],
        "received": [reg.letter_row(c) for c in letters_of(reg, eid, "recipient")],
        "corrections": history(reg.store, [eid]),
    }


def letters_of(reg: RegisterView, eid: str, role: str) -> list[dict[str, Any]]:
    """The letters entity ``eid`` sent (``role`` sender) or received (recipient), by date (undated last)."""
    p = comm_parties.c
    mine = sql.C.id.in_(select(p.communication_id).where(p.entity_id == eid, p.role == role))
    with reg.store.connect() as conn:
        ids = sql.ordered_ids(conn, sql.Filter([mine]), "date")
    return list(reg.letters(ids).values())
