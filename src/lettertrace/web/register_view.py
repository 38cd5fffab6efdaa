"""A read-only view of the register: the export dicts, indexed, plus display rows.

The dicts are loaded once per state of the register file and shared by every request that sees that
state (:func:`snapshot`): a page must never change them. An ingest that writes to the file while the UI
runs changes the file's stamp, and the next request loads the register again.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Iterable
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select

from .. import query, register_sql, register_tally
from ..export.register_data import (
    communication_list,
    communications_by_id,
    documents,
    documents_by_id,
    entities_by_id,
    entity_list,
    quote_list,
)
from ..register_sql import UNDATED
from ..store import Store, comm_mentions, comm_parties, entities, reports
from ..views import date_label
from .display import flag_rows, when

__all__ = ["UNDATED", "RegisterView", "Snapshot", "snapshot", "warm"]
WARM_ALL = 50_000  # a register of at most this many letters is loaded whole as the server starts
MAX_REMEMBERED = 1000  # party names whose matches a snapshot keeps (hostile queries must not grow it forever)
MAX_SEARCHES = 16  # searches a snapshot keeps, with the ids of the letters each finds (they may be many)
MAX_TEXTS = 2000  # report texts a snapshot keeps once read (not every report of a crawl of the pages)


Stamp = tuple[tuple[int, int] | None, ...]
_SNAPSHOTS: dict[str, tuple[Stamp, Snapshot]] = {}
_LOCK = threading.Lock()


def file_stamp(path: str) -> Stamp:
    """Modification time and size of the register file and of its write-ahead log (None when missing or
    empty: SQLite creates an empty log when a reader opens the file, and removes it after the last one)."""
    out: list[tuple[int, int] | None] = []
    for p in (path, path + "-wal"):
        try:
            st = os.stat(p)
            out.append((st.st_mtime_ns, st.st_size) if st.st_size else None)
        except OSError:
            out.append(None)
    return tuple(out)


def snapshot(store: Store) -> Snapshot:
    """The shared snapshot of the register as its file stands now (a fresh one after any write)."""
    path = store.engine.url.database
    if not path or path == ":memory:":
        return Snapshot(store)
    stamp = file_stamp(path)
    with _LOCK:
        held = _SNAPSHOTS.get(path)
        if held is None or held[0] != stamp:
            held = _SNAPSHOTS[path] = (stamp, Snapshot(store))
    return held[1]


def warm(store: Store) -> None:
    """Load what the pages read from memory: the letters table's totals and facet counts and the
    entities' names; on a register of at most ``WARM_ALL`` letters also the whole snapshot the other
    pages read (communications, entities, reports, counts, quotes and paraphrases: not the reports'
    texts), and what a party filter or a search first imports, so that the first requests do not wait
    for them: called once as the server starts (a file changed later is loaded again by the first
    request after it)."""
    from .. import names

    snap = snapshot(store)
    for name in ("party", "kind", "year", "outlet"):
        snap.facet_counts(name)
    snap.names  # noqa: B018  # loaded now (a cached property)
    if snap.total <= WARM_ALL:
        for part in ("comms", "entities", "docs", "sent", "received", "quotes", "paraphrases"):
            getattr(snap, part)
    names.same_person("A B", "A B")  # the name rules (titles, honorifics) are read on first use


class RegisterView:
    """The register's dicts for one request: those of the current snapshot."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.snap = snapshot(store)
        self._docs: dict[str, dict[str, Any] | None] = {}
        self._ents: dict[str, dict[str, Any] | None] = {}

    @property
    def comms(self) -> dict[str, dict[str, Any]]:
        """Communication id -> communication, in reading order: the whole register, loaded once per state
        of the file (the letters table, an entity's page and a letter's page read only theirs: ``letters``)."""
        return self.snap.comms

    @property
    def names(self) -> dict[str, tuple[str, str]]:
        """Entity id -> (name, type)."""
        return self.snap.names

    @property
    def total(self) -> int:
        """How many communications the register holds."""
        return self.snap.total

    def letters(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The communications of ``ids`` that exist, in that order: from the snapshot when it holds the whole
        register already, else read by id (not the whole register)."""
        if "comms" in vars(self.snap):
            whole = self.snap.comms
            return {i: whole[i] for i in dict.fromkeys(ids) if i in whole}
        with self.store.connect() as conn:
            return communications_by_id(conn, ids)

    def in_reading_order(self, comms: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``comms`` in the register's reading order (that of ``RegisterView.comms``): by the first report
        (by source) and place that tells each, implied ones last, then by id."""
        self.prefetch_docs(m["document"] for c in comms for m in c["mentions"])

        def key(c: dict[str, Any]) -> tuple[bool, tuple[str, int], str]:
            places = [(self._source(m["document"]), m["start"]) for m in c["mentions"]]
            return (c["implied"], min(places, default=("", 0)), c["id"])

        return sorted(comms, key=key)

    def _source(self, rid: str) -> str:
        d = self.doc(rid)
        return d["source"] if d else ""

    def doc(self, rid: str) -> dict[str, Any] | None:
        """A report's metadata (as ``documents`` gives it), or None."""
        if "docs" in vars(self.snap):  # loaded whole already
            return self.snap.docs.get(rid)
        if rid not in self._docs:
            self.prefetch_docs([rid])
        return self._docs[rid]

    def prefetch_docs(self, rids: Iterable[str]) -> None:
        """Read the metadata of the reports ``rids`` in one go (``doc`` then answers from memory)."""
        want = [r for r in dict.fromkeys(rids) if r not in self._docs]
        if want and "docs" not in vars(self.snap):
            with self.store.connect() as conn:
                found = documents_by_id(conn, want)
            self._docs.update({r: found.get(r) for r in want})

    def entity(self, eid: str | None) -> dict[str, Any] | None:
        """An entity (as ``entity_list`` gives it), or None."""
        if not eid:
            return None
        if "entities" in vars(self.snap):
            return self.snap.entities.get(eid)
        if eid not in self._ents:
            with self.store.connect() as conn:
                self._ents[eid] = entities_by_id(conn, [eid]).get(eid)
        return self._ents[eid]

    @property
    def entities(self) -> dict[str, dict[str, Any]]:
        """Entity id -> entity."""
        return self.snap.entities

    @property
    def docs(self) -> dict[str, dict[str, Any]]:
        """Report id -> report metadata."""
        return self.snap.docs

    def text(self, rid: str) -> str:
        """The clean text of report ``rid`` ('' when there is none)."""
        return self.snap.text(rid)

    @property
    def quotes(self) -> list[dict[str, Any]]:
        """Verbatim quotes (and fragments)."""
        return self.snap.quotes

    @property
    def paraphrases(self) -> list[dict[str, Any]]:
        """Paraphrases (reported speech)."""
        return self.snap.paraphrases

    def party_ids(self, name: str) -> set[str]:
        """Ids of the entities a party filter names (an id, a name or an alias), looked up once."""
        return self.snap.party_ids(name)

    def party(self, eid: str | None) -> dict[str, Any]:
        """{id, name, type} of an entity ('Unknown' when missing)."""
        e = self.names.get(eid or "")
        if e is None:
            return {"id": None, "name": "Unknown", "type": "unknown"}
        return {"id": eid, "name": e[0], "type": e[1]}

    def doc_row(self, rid: str) -> dict[str, Any]:
        """A report's display metadata (title, outlet, published, a safe link)."""
        d = self.doc(rid) or {"id": rid, "source": rid}
        return {
            "id": rid,
            "title": d.get("title") or d["source"].rsplit("/", 1)[-1],
            "outlet": d.get("outlet"),
            "published": d.get("published"),
            "url": safe_url(d.get("url")),
            "source": d["source"],
        }

    def letter_row(self, c: dict[str, Any]) -> dict[str, Any]:
        """A communication as a table row: parties resolved, date labelled with how it was worked out,
        reports, and the codes and labels of the flags that apply (those that do not, apart)."""
        flags = self.flags(c)
        return {
            "id": c["id"],
            "kind": c["kind"],
            "implied": c["implied"],
            "date": {**c["date"], "label": date_label(c["date"])},
            "when": when(c),
            "sender": self.party(c["sender"]),
            "recipients": [self.party(r) for r in c["recipients"]] or [self.party(None)],
            "in_reply_to": c["in_reply_to"],
            "reports": report_ids(c),
            "flags": [f["code"] for f in flags if f["applies"]],
            "flag_labels": [f["label"] for f in flags if f["applies"]],
            "flags_not_applied": [f["code"] for f in flags if not f["applies"]],
            "corrected": [m["field"] for m in c.get("corrected", [])],  # an analyst corrected these
        }

    def flags(self, c: dict[str, Any]) -> list[dict[str, Any]]:
        """The flags of ``c`` with labels, their report and whether each applies (``display.flag_rows``)."""
        if not c["flags"]:
            return []
        return flag_rows(c, self.full_texts_in(c), self.entity)

    def full_texts_in(self, c: dict[str, Any]) -> list[dict[str, Any]]:
        """The communications whose text a report that raised a flag of ``c`` reproduces, in reading
        order: the only ones ``display.flag_rows`` looks at."""
        rids = {e["report"] for f in c["flags"] for e in f["evidence"] if e.get("report")}
        if not rids:
            return []
        m = comm_mentions.c
        q = select(m.communication_id).where(m.report_id.in_(sorted(rids)), m.full_start.is_not(None))
        with self.store.connect() as conn:
            ids = list(conn.execute(q).scalars())
        return self.in_reading_order(list(self.letters(ids).values()))

    def counts(self, eid: str) -> tuple[int, int]:
        """How many communications entity ``eid`` sent and received."""
        return self.snap.sent[eid], self.snap.received[eid]


class Snapshot:
    """The register's dicts as of one state of its file, each loaded on first use."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._parties: dict[str, set[str]] = {}
        self._texts: dict[str, str] = {}
        self._facets: dict[str, Counter[str]] = {}
        self.ranked: dict[str, list[str]] = {}  # facet -> the values the letters table lists (views.letters)
        self.matched: dict[Any, Any] = {}  # a query (without its page) -> what it keeps (letter_query.match)
        self.searched: dict[Any, Any] = {}  # the same, of a query with a search
        self.searches: dict[str, Any] = {}  # words -> the search (letter_search.search), the last few
        self.search_views: dict[str, Any] = {}  # FTS5 query -> its hits listed (views.letters.search_view)
        self._folded: dict[str, str] = {}

    @cached_property
    def comms(self) -> dict[str, dict[str, Any]]:
        """Communication id -> communication, in reading order."""
        return {c["id"]: c for c in communication_list(self.store)}

    @cached_property
    def names(self) -> dict[str, tuple[str, str]]:
        """Entity id -> (name, type)."""
        q = select(entities.c.id, entities.c.name, entities.c.etype)
        with self.store.connect() as conn:
            return {i: (n, t) for i, n, t in conn.execute(q).tuples()}

    @cached_property
    def total(self) -> int:
        """How many communications the register holds."""
        with self.store.connect() as conn:  # kept by triggers (``register_tally``)
            return register_tally.total(conn)

    def facet_counts(self, name: str) -> Counter[str]:
        """Value -> letters of the whole register, for facet ``name`` (``register_sql.facet_counts``)."""
        if name not in self._facets:
            with self.store.connect() as conn:  # kept by triggers: read, not counted
                found = register_tally.whole(conn, name)
            with _LOCK:
                self._facets[name] = found
        return self._facets[name]

    @cached_property
    def entities(self) -> dict[str, dict[str, Any]]:
        """Entity id -> entity."""
        return {e["id"]: e for e in entity_list(self.store)}

    @cached_property
    def docs(self) -> dict[str, dict[str, Any]]:
        """Report id -> report metadata."""
        return {d["id"]: d for d in documents(self.store)}

    def text(self, rid: str) -> str:
        """The clean text of report ``rid`` ('' when there is none), read when first asked for: a page
        shows one report's text or a letter's few, and the register may hold a great many."""
        if rid not in self._texts:
            with self.store.connect() as conn:
                found = conn.execute(select(reports.c.clean_text).where(reports.c.id == rid)).scalar()
            with _LOCK:
                if len(self._texts) > MAX_TEXTS:
                    self._texts.clear()
                self._texts[rid] = found or ""
        return self._texts[rid]

    @cached_property
    def quotes(self) -> list[dict[str, Any]]:
        """Verbatim quotes (and fragments)."""
        return quote_list(self.store)

    @cached_property
    def paraphrases(self) -> list[dict[str, Any]]:
        """Paraphrases (reported speech)."""
        return quote_list(self.store, "paraphrase")

    @cached_property
    def sent(self) -> Counter[str]:
        """Entity id -> how many communications it sent."""
        return self._roles("sender")

    @cached_property
    def received(self) -> Counter[str]:
        """Entity id -> how many communications it received."""
        return self._roles("recipient")

    def _roles(self, role: str) -> Counter[str]:
        p = comm_parties.c
        q = select(p.entity_id, func.count()).where(p.role == role).group_by(p.entity_id)
        with self.store.connect() as conn:
            return Counter(dict(conn.execute(q).tuples().all()))

    def remember_search(self, words: str, found: Any) -> Any:
        """Keep a search (``letter_search.search``) for its words; the last ``MAX_SEARCHES``. Returns it."""
        with _LOCK:
            if len(self.searches) >= MAX_SEARCHES:
                self.searches.clear()
            self.searches[words] = found
        return found

    def folded_name(self, eid: str) -> str:
        """An entity's name folded (``names.fold``: as a search compares words with it), once each."""
        if eid not in self._folded:
            from .. import names

            self._folded[eid] = names.fold(self.names.get(eid, ("", ""))[0])
        return self._folded[eid]

    def party_ids(self, name: str) -> set[str]:
        """Ids of the entities ``name`` means, as ``lettertrace letters --party`` takes it (an id; else
        those whose name it is; else those it is an alias of), remembered per name."""
        if name not in self._parties:  # a name: through the name index (not every entity tried)
            found = {name} if name in self.names else query.party_ids(self.store, name)
            with _LOCK:
                if len(self._parties) > MAX_REMEMBERED:
                    self._parties.clear()
                self._parties[name] = found
        return self._parties[name]


def report_ids(c: dict[str, Any]) -> list[str]:
    """Ids of the reports that carry ``c``, in mention order, once each."""
    return list(dict.fromkeys(m["document"] for m in c["mentions"]))


def years(c: dict[str, Any]) -> list[str]:
    """The years a communication's date interval touches (['undated'] when unknown)."""
    return register_sql.years(c["date"]["earliest"], c["date"]["latest"])


def sort_key(c: dict[str, Any]) -> tuple[str, str]:
    """Order by date (undated last), then id."""
    return (c["date"]["earliest"] or c["date"]["latest"] or "9999", c["id"])


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL, else None (report metadata is untrusted)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None
