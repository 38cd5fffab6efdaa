"""A read-only view of the register: the export dicts, indexed, plus display rows.

The dicts are loaded once per state of the register file and shared by every request that sees that
state (:func:`snapshot`): a page must never change them. An ingest that writes to the file while the UI
runs changes the file's stamp, and the next request loads the register again.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select

from .. import query
from ..export.register_data import communication_list, documents, entity_list, quote_list
from ..store import Store, reports
from ..views import date_label
from .display import flag_rows, when

UNDATED = "undated"
MAX_YEARS = 50  # a letter dated only to a wider span than this is not listed under each year
MAX_REMEMBERED = 1000  # party names whose matches a snapshot keeps (hostile queries must not grow it forever)
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
    """Load the snapshot the pages read (communications, entities, reports, counts, quotes and
    paraphrases: not the reports' texts) and what a party filter or a search first imports, so that the
    first requests do not wait for them: called once as the server starts (a file changed later is
    loaded again by the first request after it)."""
    from .. import names

    snap = snapshot(store)
    for part in ("comms", "entities", "docs", "sent", "received", "quotes", "paraphrases"):
        getattr(snap, part)
    names.same_person("A B", "A B")  # the name rules (titles, honorifics) are read on first use


class RegisterView:
    """The register's dicts for one request: those of the current snapshot."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.snap = snapshot(store)

    @property
    def comms(self) -> dict[str, dict[str, Any]]:
        """Communication id -> communication, in id order."""
        return self.snap.comms

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
        e = self.entities.get(eid or "")
        if e is None:
            return {"id": None, "name": "Unknown", "type": "unknown"}
        return {"id": e["id"], "name": e["name"], "type": e["type"]}

    def doc_row(self, rid: str) -> dict[str, Any]:
        """A report's display metadata (title, outlet, published, a safe link)."""
        d = self.docs.get(rid, {"id": rid, "source": rid})
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
        return flag_rows(c, list(self.comms.values()), lambda e: self.entities.get(e or ""))

    def outlets(self, c: dict[str, Any]) -> set[str]:
        """Outlets of the reports that carry ``c``."""
        return {o for r in report_ids(c) if (o := self.docs.get(r, {}).get("outlet"))}

    def counts(self, eid: str) -> tuple[int, int]:
        """How many communications entity ``eid`` sent and received."""
        return self.snap.sent[eid], self.snap.received[eid]


class Snapshot:
    """The register's dicts as of one state of its file, each loaded on first use."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._parties: dict[str, set[str]] = {}
        self._texts: dict[str, str] = {}

    @cached_property
    def comms(self) -> dict[str, dict[str, Any]]:
        """Communication id -> communication, in id order."""
        return {c["id"]: c for c in communication_list(self.store)}

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
        return Counter(c["sender"] for c in self.comms.values() if c["sender"])

    @cached_property
    def received(self) -> Counter[str]:
        """Entity id -> how many communications it received."""
        return Counter(r for c in self.comms.values() for r in set(c["recipients"]))

    def party_ids(self, name: str) -> set[str]:
        """Ids of the entities ``name`` means, as ``lettertrace letters --party`` takes it (an id; else
        those whose name it is; else those it is an alias of), remembered per name."""
        if name not in self._parties:
            ents = list(self.entities.values())
            found = {name} if name in self.entities else query.party_ids(self.store, name, ents)
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
    lo, hi = c["date"]["earliest"], c["date"]["latest"]
    if lo and hi and int(hi[:4]) - int(lo[:4]) <= MAX_YEARS:
        return [str(y) for y in range(int(lo[:4]), int(hi[:4]) + 1)]
    known = lo or hi
    return [known[:4]] if known else [UNDATED]


def sort_key(c: dict[str, Any]) -> tuple[str, str]:
    """Order by date (undated last), then id."""
    return (c["date"]["earliest"] or c["date"]["latest"] or "9999", c["id"])


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL, else None (report metadata is untrusted)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None
