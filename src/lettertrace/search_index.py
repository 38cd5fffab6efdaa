"""The full-text index of the reports and quotes (``search_fts``, FTS5) laid out so that a search at scale
is counted and ranked from the index, not from each hit's row (issue 10, the register at scale; schema v8).

- A report's row has a positive rowid and a quote's a negative one, each numbered towards 0 from ``TOP``
  (and ``-TOP``) in the order written (:func:`write`); the link stage writes them in the order the reports
  were published, so that the rowids nearest 0 are the newest. A hit's kind is the sign of its rowid: the
  hits of each kind are counted in the index alone (reading each hit's row for its kind cost 55 ms for
  27,394 hits at 1,000,000 letters; the signs, 10).
- bm25 ranks the hits best first, but ranking costs as much as there are hits (45 ms for 27,394) and a
  pass over each word's documents (8 ms here): of a kind with more than ``RANKED`` hits only its
  ``RANKED`` newest are ranked (the others are left out of the ranked list, and still counted), and the
  newest of both kinds lie in one range of rowids around 0, ranked in one pass (18 ms for that search's
  first page of 20, its two edges found in the index first).
- The indexes below find the letters of a hit without reading a mention's or a quote's row.

A register of schema v7 gets the layout when it is opened: the index is written again, in the order the
reports were published (30 to 56 s for 1,000,000 letters and as many quotes).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, text

# Ranking 2,000 hits of each kind costs about 7 ms more than ranking a few (bm25 reads each hit's length);
# set by benchmarks/register_scale.py at 1,000,000 letters: a search's first page under 50 ms.
RANKED = 2000
KINDS = ("report", "quote")
CHUNK = 5000  # rows written at once (a relink writes every report: not every one held twice)
TOP = 2**62  # the rowids of reports count down from it, those of quotes up from -TOP
_FTS = "USING fts5(kind UNINDEXED, ref UNINDEXED, report UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')"

SEARCH_SCHEMA = (
    "DROP TABLE IF EXISTS search_fts_v8",
    f"CREATE VIRTUAL TABLE search_fts_v8 {_FTS}",
    # every row again, numbered towards 0 by the publication of its report (then its place before)
    "INSERT INTO search_fts_v8 (rowid, kind, ref, report, body) "
    f"SELECT CASE WHEN s.kind = 'quote' THEN -1 ELSE 1 END * ({TOP} - row_number() OVER ("
    "PARTITION BY s.kind = 'quote' ORDER BY r.published, s.rowid)), s.kind, s.ref, s.report, s.body "
    "FROM search_fts AS s LEFT JOIN reports AS r ON r.id = s.report",
    "DROP TABLE search_fts",
    "ALTER TABLE search_fts_v8 RENAME TO search_fts",
    # the letters of a report's hit, and of a quote's, from an index alone
    "CREATE INDEX IF NOT EXISTS ix_mentions_report_comm ON comm_mentions (report_id, communication_id)",
    "CREATE INDEX IF NOT EXISTS ix_quotes_id_comm ON quotes (id, qkind, communication_id)",
    # the letters no sender is known for (a search for 'unknown', as the tables show them)
    "CREATE INDEX IF NOT EXISTS ix_comm_no_sender ON communications (id) WHERE sender IS NULL OR sender = ''",
)


def write(conn: Connection, rows: Iterable[tuple[str, str, str, str]]) -> None:
    """Add ``rows`` (kind: 'report' or 'quote', ref, report id, body) to the index, in the caller's
    transaction, each numbered on towards 0 from the rows of its kind there (the last written is the
    newest), ``CHUNK`` at a time."""
    newest = {
        "report": "SELECT rowid FROM search_fts WHERE rowid > 0 ORDER BY rowid LIMIT 1",
        "quote": "SELECT rowid FROM search_fts WHERE rowid < 0 ORDER BY rowid DESC LIMIT 1",
    }
    last = {k: abs(int(conn.execute(text(q)).scalar() or TOP)) for k, q in newest.items()}
    insert = text("INSERT INTO search_fts (rowid, kind, ref, report, body) VALUES (:n, :k, :f, :r, :b)")
    out: list[dict[str, Any]] = []
    for kind, ref, report, body in rows:
        if kind not in KINDS:
            raise ValueError(f"search_fts holds reports and quotes, not {kind!r}")
        last[kind] -= 1
        if last[kind] <= 0:
            raise OverflowError("search_fts has no rowid left: relink the register to number it again")
        n = last[kind] if kind == "report" else -last[kind]
        out.append({"n": n, "k": kind, "f": ref, "r": report, "b": body})
        if len(out) >= CHUNK:
            conn.execute(insert, out)
            out = []
    if out:
        conn.execute(insert, out)


def counts(conn: Connection, match: str) -> dict[str, int]:
    """Kind -> how many of that kind the FTS5 query ``match`` finds (from the index: no hit's row read)."""
    if not match:
        return {}
    q = "SELECT sum(rowid > 0), sum(rowid < 0) FROM search_fts WHERE search_fts MATCH :q"
    found = conn.execute(text(q), {"q": match}).one()
    return {k: int(n) for k, n in zip(KINDS, found, strict=True) if n}


def window(conn: Connection, match: str) -> dict[str, Any]:
    """The rowids of the hits of ``match`` that are ranked: of each kind every one, or its ``RANKED``
    newest (nearest 0; read in rowid order from the index), as the parameters ``lo`` and ``hi`` with the
    query ``q``."""
    edge = (
        "SELECT rowid FROM search_fts WHERE search_fts MATCH :q AND rowid {side} 0 "
        "ORDER BY rowid {order} LIMIT 1 OFFSET :n"
    )
    found = {}  # of each kind, the newest hit left out (if any)
    for name, side, order in (("lo", "<", "DESC"), ("hi", ">", "ASC")):
        q = text(edge.format(side=side, order=order))
        found[name] = conn.execute(q, {"q": match, "n": RANKED}).scalar()
    lo = -TOP if found["lo"] is None else int(found["lo"]) + 1
    hi = TOP if found["hi"] is None else int(found["hi"]) - 1
    return {"q": match, "lo": lo, "hi": hi}


_RANKED = (
    "SELECT kind, ref, report, snippet(search_fts, 3, :o, :c, '…', :w) AS snippet FROM search_fts "
    "WHERE search_fts MATCH :q AND rowid BETWEEN :lo AND :hi ORDER BY bm25(search_fts), rowid LIMIT :lim OFFSET :off"
)


def ranked(
    conn: Connection, span: dict[str, Any], marks: dict[str, Any], limit: int, offset: int = 0
) -> list[dict[str, Any]]:
    """The hits in ``span`` (of ``window``, or the part of it of one kind) best first, ties in rowid order:
    ``offset`` skipped, at most ``limit`` (every one: -1), with snippets (``marks``: the parameters ``o``,
    ``c`` and ``w`` of ``snippet``, made for those given alone)."""
    params = {**span, **marks, "lim": limit, "off": offset}
    return [dict(r._mapping) for r in conn.execute(text(_RANKED), params)]


def hit_letters(conn: Connection, match: str) -> set[str]:
    """Ids of the letters the hits of ``match`` tell: those a report found carries and those a verbatim
    quote found belongs to (each hit's ref read, and the letters from an index)."""
    q = (
        "SELECT m.communication_id FROM comm_mentions AS m WHERE m.report_id IN (SELECT ref FROM search_fts "
        "WHERE search_fts MATCH :q AND rowid > 0) UNION ALL SELECT t.communication_id FROM quotes AS t "
        "WHERE t.qkind = 'quote' AND t.communication_id IS NOT NULL AND t.id IN (SELECT ref FROM search_fts "
        "WHERE search_fts MATCH :q AND rowid < 0)"
    )
    if not match:
        return set()
    return {r[0] for r in conn.execute(text(q), {"q": match}).cursor.fetchall()}  # tens of thousands: as read
