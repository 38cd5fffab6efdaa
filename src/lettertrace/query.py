"""Queries over the register shared by the CLI and the web UI: filters, lookups, search."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from . import names
from .export.register_data import communication_list, entity_list, quote_list
from .store import Store, reports


def entity_names(store: Store) -> dict[str, str]:
    """Entity id -> display name."""
    return {e["id"]: e["name"] for e in entity_list(store)}


def matching_entities(store: Store, name: str) -> set[str]:
    """Ids of entities whose name or any alias matches ``name`` (folded, token-wise)."""
    want = names.fold(name).strip()
    out = set()
    for e in entity_list(store):
        forms = [e["name"], *e["aliases"], e["id"]]
        if any(want == names.fold(f) or want in names.tokens(f) or names.same_person(name, f) for f in forms):
            out.add(e["id"])
    return out


def find_entity(store: Store, item: str) -> dict[str, Any] | None:
    """An entity by id, or by name or alias."""
    ents = entity_list(store)
    for e in ents:
        if e["id"] == item:
            return e
    ids = matching_entities(store, item)
    return next((e for e in ents if e["id"] in ids), None)


def filter_comms(
    store: Store,
    party: str | None = None,
    kind: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """Communications matching every given filter, ordered by date."""
    comms = communication_list(store)
    if party:
        ids = matching_entities(store, party)
        comms = [c for c in comms if c["sender"] in ids or ids & set(c["recipients"])]
    if kind:
        comms = [c for c in comms if c["kind"] == kind]
    if since:
        comms = [c for c in comms if not c["date"]["latest"] or c["date"]["latest"] >= since]
    if until:
        comms = [c for c in comms if not c["date"]["earliest"] or c["date"]["earliest"] <= until]
    return sorted(comms, key=lambda c: (c["date"]["earliest"] or c["date"]["latest"] or "9999", c["id"]))


def filter_quotes(
    store: Store, speaker: str | None = None, letter: str | None = None, search: str | None = None
) -> list[dict[str, Any]]:
    """Quotes matching every given filter."""
    qs = quote_list(store)
    if speaker:
        ids = matching_entities(store, speaker)
        qs = [q for q in qs if q["speaker"] in ids]
    if letter:
        qs = [q for q in qs if q["communication"] == letter]
    if search:
        hits = search_refs(store, search, kind="quote")
        qs = [q for q in qs if q["id"] in hits]
    return qs


def filter_entities(store: Store, search: str | None) -> list[dict[str, Any]]:
    """Entities, optionally only those matching a name."""
    ents = entity_list(store)
    if search:
        ids = matching_entities(store, search)
        low = search.lower()
        ents = [e for e in ents if e["id"] in ids or any(low in a.lower() for a in e["aliases"])]
    return ents


def fts_query(words: str) -> str:
    """A safe FTS5 query: every word as a quoted term."""
    terms = [w.replace('"', "") for w in words.split() if w.strip('"')]
    return " ".join(f'"{t}"' for t in terms)


def search_refs(store: Store, words: str, kind: str | None = None) -> set[str]:
    """Refs (report ids or quote ids) whose text matches the words (SQLite FTS5)."""
    q = fts_query(words)
    if not q:
        return set()
    sql = "SELECT ref FROM search_fts WHERE search_fts MATCH :q" + (" AND kind = :k" if kind else "")
    with store.connect() as conn:
        return {r[0] for r in conn.execute(text(sql), {"q": q, "k": kind})}


def report_texts(store: Store) -> dict[str, str]:
    """Report id -> clean text."""
    with store.connect() as conn:
        return {r.id: r.clean_text for r in conn.execute(select(reports.c.id, reports.c.clean_text))}


def reply_chain(cid: str, comms: dict[str, dict[str, Any]]) -> list[str]:
    """Ids from ``cid`` back through what it answers."""
    chain = [cid]
    while comms.get(chain[-1], {}).get("in_reply_to") and len(chain) < 20:
        nxt = comms[chain[-1]]["in_reply_to"]
        if nxt in chain:
            break
        chain.append(nxt)
    return chain
