"""Queries over the register shared by the CLI and the web UI: filters, lookups, search."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, select, text

from . import name_index, search_index
from . import register_sql as sql
from .export.register_data import communications_by_id, entities_by_id, entity_list, quote_list
from .store import Store, reports


def entity_names(store: Store) -> dict[str, str]:
    """Entity id -> display name."""
    return {e["id"]: e["name"] for e in entity_list(store)}


class AmbiguousName(LookupError):
    """A name that several entities answer to; ``candidates`` are their entity dicts."""

    def __init__(self, name: str, candidates: list[dict[str, Any]]) -> None:
        super().__init__(f"{name!r} matches {len(candidates)} entities")
        self.name = name
        self.candidates = candidates


def _matches(name: str, form: str) -> bool:
    """True when the user's ``name`` names ``form``: same folded text, one of its words, or the same person."""
    from . import names  # only when a name is looked up (yaml, rapidfuzz: not for every listing)

    want = names.fold(name).strip()
    return want == names.fold(form) or want in names.tokens(form) or names.same_person(name, form)


def matching_entities(store: Store, name: str) -> set[str]:
    """Ids of entities whose name or any alias matches ``name`` (folded, token-wise): tried on those the
    name index gives (``name_index.candidates``: every one that may match), not on every entity."""
    return {
        e["id"]
        for e in _candidates(store, name)
        if any(_matches(name, f) for f in (e["name"], *e["aliases"], e["id"]))
    }


def _candidates(store: Store, name: str) -> list[dict[str, Any]]:
    """The entities (in id order, shaped as ``entity_list`` shapes them) one of whose forms may match
    ``name``, read through the name index."""
    with store.connect() as conn:
        found = entities_by_id(conn, name_index.candidates(conn, name))
    return [found[i] for i in sorted(found)]


def named_entities(store: Store, name: str, ents: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The entities ``name`` means, best evidence first: an id; else those whose own name it is (the
    whole name, then a word of it); else those with a matching alias. Several when it stays ambiguous.
    ``ents``: the register's entities when the caller holds them (else read from ``store``)."""
    from . import names

    want = names.fold(name).strip()
    if ents is None:  # the first two tiers read only the entities they find; the others, those the name
        with store.connect() as conn:  # index gives (every entity that may match)
            ents = list(entities_by_id(conn, [name]).values()) or _named_exactly(conn, want)
        ents = ents or _candidates(store, name)
    tiers = [
        lambda e: e["id"] == name,
        lambda e: names.fold(e["name"]) == want,
        lambda e: _matches(name, e["name"]),
        lambda e: any(_matches(name, f) for f in e["aliases"]),
    ]
    for tier in tiers:
        if hits := [e for e in ents if tier(e)]:
            return hits
    return []


def _named_exactly(conn: Connection, want: str) -> list[dict[str, Any]]:
    """The entities whose folded name is ``want`` (in id order): those a form of which folds to it, read
    through the name index (``name_index.folded_to``), whose own name does."""
    from . import names

    if not want:
        return []
    found = entities_by_id(conn, name_index.folded_to(conn, want))
    return [found[i] for i in sorted(found) if names.fold(found[i]["name"]) == want]


def find_entity(store: Store, item: str) -> dict[str, Any] | None:
    """An entity by id, or by name or alias; raises ``AmbiguousName`` when several answer to it."""
    hits = named_entities(store, item)
    if len(hits) > 1:
        raise AmbiguousName(item, hits)
    return hits[0] if hits else None


def party_ids(store: Store, party: str, ents: list[dict[str, Any]] | None = None) -> set[str]:
    """Ids of the entities a ``--party`` filter means (every one of them when the name is ambiguous)."""
    return {e["id"] for e in named_entities(store, party, ents)}


def parse_day(value: str, end: bool = False) -> str:
    """An ISO day from YYYY-MM-DD, YYYY-MM or YYYY (the first day, or the last with ``end``).

    Raises ValueError with a message that says what is wrong and what is expected.
    """
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    if not m:
        raise ValueError(f"{value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
    if not 1 <= month <= 12:
        raise ValueError(f"{value!r} is not a date: month {month} is not 1-12")
    last = calendar.monthrange(year, month)[1]
    d = int(day) if day else (last if end else 1)
    if not 1 <= d <= last:
        raise ValueError(f"{value!r} is not a date: {year}-{month:02d} has days 1-{last}")
    return dt.date(year, month, d).isoformat()


def filter_comms(
    store: Store,
    party: str | None = None,
    kind: str | None = None,
    since: str | None = None,
    until: str | None = None,
    after: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Communications matching every given filter, ordered by date (undated last), then id (bad dates
    raise ValueError). Filtered, ordered and paged in SQL through the register's indexes
    (``register_sql``): ``after`` the id of the last one of the page before (keyset), at most ``limit``."""
    with store.connect() as conn:
        f = _filter(store, conn, party, kind, since, until)
        key = None
        if after:
            row = conn.execute(select(sql.DATE_KEY, sql.C.id).where(sql.C.id == after)).first()
            if row is None:
                raise ValueError(f"--after {after!r}: no such communication")
            key = tuple(row)
        ids = sql.ordered_ids(conn, f, "date", key, limit)
        return list(communications_by_id(conn, ids).values())


def _filter(
    store: Store, conn: Any, party: str | None, kind: str | None, since: str | None, until: str | None
) -> sql.Filter:
    """The SQL filter of the ``letters`` options (bad dates raise ValueError)."""
    first, last = (parse_day(since) if since else None), (parse_day(until, end=True) if until else None)
    return sql.Filter(
        sql.where(
            [
                sql.with_parties(party_ids(store, party)) if party else None,
                sql.C.kind == kind.lower() if kind else None,
            ]
        ),
        sql.in_dates(conn, first, last),
    )


def count_comms(
    store: Store,
    party: str | None = None,
    kind: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> int:
    """How many communications ``filter_comms`` gives for these filters (all of its pages)."""
    with store.connect() as conn:
        f = _filter(store, conn, party, kind, since, until)
        return sql.count(conn, f)


def in_range(c: dict[str, Any], since: str | None, until: str | None) -> bool:
    """Whether ``c``'s date interval may fall between the ISO days ``since`` and ``until`` (an open end
    of the interval, or no date at all, may: undated letters are kept)."""
    lo, hi = c["date"]["earliest"], c["date"]["latest"]
    return not (since and hi and hi < since) and not (until and lo and lo > until)


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


def fts_any(groups: list[str]) -> str:
    """A safe FTS5 query matching any of ``groups`` (each: all of its words)."""
    parts = [q for g in groups if (q := fts_query(g))]
    return " OR ".join(f"({q})" for q in parts)


# Marks around matched words in search snippets: private-use characters (a report holding one gets a
# wrong highlight, never markup: the snippet is escaped piece by piece).
HIT_OPEN, HIT_CLOSE = "\ue000", "\ue001"


def search_snippets(
    store: Store,
    match: str,
    words: int = 14,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """The reports and quotes an FTS5 query (from ``fts_query``/``fts_any``) matches, best first, with a
    snippet of about ``words`` words whose matched words are between ``HIT_OPEN`` and ``HIT_CLOSE``: one
    page of them (``offset`` skipped, at most ``limit``; every one ranked when ``limit`` is None). Of a
    kind with more than ``search_index.RANKED`` hits only that many, the newest, are ranked and listed
    (``search_counts`` counts every one); snippets are made for the page's hits alone."""
    if not match:
        return []
    with store.connect() as conn:
        span = search_index.window(conn, match)
        return search_index.ranked(
            conn, span, _marks(words), -1 if limit is None else max(0, limit), max(0, offset)
        )


def _marks(words: int) -> dict[str, Any]:
    return {"o": HIT_OPEN, "c": HIT_CLOSE, "w": max(1, min(64, words))}


def search_firsts(
    store: Store,
    match: str,
    keep: Callable[[list[dict[str, Any]]], list[bool]],
    each: int,
    words: int = 14,
) -> dict[str, list[dict[str, Any]]]:
    """Kind ('report', 'quote') -> its first ``each`` hits that ``keep`` keeps (given a batch of hits, it
    says of each), best first, with snippets (as ``search_snippets``, of the hits it ranks): each kind's
    hits are read in rank order until it has its page (a snippet is made only for the hits read)."""
    out: dict[str, list[dict[str, Any]]] = {"report": [], "quote": []}
    if not match or each <= 0:
        return out
    with store.connect() as conn:
        span = search_index.window(conn, match)
        for kind, mine in out.items():
            of_kind = {**span, "lo": 1} if kind == "report" else {**span, "hi": -1}
            read = 0
            while len(mine) < each:
                page = search_index.ranked(conn, of_kind, _marks(words), 2 * each, read)
                read += len(page)
                mine += [h for h, ok in zip(page, keep(page) if page else [], strict=True) if ok][
                    : each - len(mine)
                ]
                if len(page) < 2 * each:
                    break
    return out


def search_counts(store: Store, match: str) -> dict[str, int]:
    """Kind ('report', 'quote') -> how many of that kind an FTS5 query matches, counted in the index (no
    snippet, no hit's row read: ``search_index``)."""
    if not match:
        return {}
    with store.connect() as conn:
        return search_index.counts(conn, match)


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
