"""The register: SQLAlchemy 2 over SQLite (WAL mode), with versioned migrations.

Two layers:
- report facts (``reports``): everything one report yields, written in one transaction per report;
- the register (``entities``, ``aliases``, ``communications``, ``comm_mentions``, ``quotes``,
  ``demands``, ``flags``): rebuilt deterministically from the report facts by the link stage,
  so a new report is linked in without re-processing the others.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    select,
    text,
)

from . import name_index
from .models import CleanText, Extraction, LettertraceError, ProcessedReport, RawReport, ReportMeta
from .name_index import NAME_SCHEMA
from .offsets import Offsets
from .register_tally import TALLY_SCHEMA
from .search_index import SEARCH_SCHEMA
from .serial import dumps, from_plain, to_plain
from .store_query_schema import DATE_KEY_SQL as DATE_KEY_SQL  # re-exported: the query schema
from .store_query_schema import QUERY_SCHEMA
from .store_query_schema import comm_parties as comm_parties

SCHEMA_VERSION = 8
# SQLite's header field ``user_version`` (unused by the schema, which is versioned in its own table)
# says whether the register tables lag behind the reports: set in the transaction that saves a report,
# cleared once the register is relinked. A run interrupted between the two is linked by the next run.
_UNLINKED = 1

metadata = MetaData()

reports = Table(
    "reports",
    metadata,
    Column("id", String, primary_key=True),  # "r" + first 12 hex of sha256 of the source path
    Column("source", String, nullable=False, unique=True),
    Column("sha256", String, nullable=False),
    Column("fmt", String, nullable=False),
    Column("title", Text),
    Column("outlet", Text),
    Column("author", Text),
    Column("url", Text),
    Column("published", String),
    Column("dateline_place", Text),
    Column("raw_text", Text, nullable=False),
    Column("clean_text", Text, nullable=False),
    Column("offsets", Text, nullable=False),  # JSON {length, runs: [[clean, raw], ...]}; older: a list
    Column("meta", Text, nullable=False),  # JSON ReportMeta
    Column("extraction", Text, nullable=False),  # JSON Extraction (report-local facts)
    Column("ingested_at", String, nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", Text, nullable=False),
    Column("etype", String, nullable=False),
    Column("wikidata", String),
    Column("roles", Text, nullable=False, default="[]"),  # JSON [{role, org, report, date}]
)

aliases = Table(
    "aliases",
    metadata,
    Column("entity_id", String, nullable=False, index=True),
    Column("alias", Text, nullable=False),
    Column("akind", String, nullable=False),  # name | surname | role | epithet | title | ascii
    Column("report_id", String),
)

communications = Table(
    "communications",
    metadata,
    Column("id", String, primary_key=True),
    Column("kind", String, nullable=False),
    Column("sender", String),
    Column("recipients", Text, nullable=False),  # JSON list of entity ids
    Column("earliest", String),
    Column("latest", String),
    Column("precision", String, nullable=False),
    Column("in_reply_to", String),
    Column("implied", Integer, nullable=False, default=0),
    Column("summary", Text),
)

comm_mentions = Table(
    "comm_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("communication_id", String, nullable=False, index=True),
    Column("report_id", String, nullable=False, index=True),
    Column("local_idx", Integer, nullable=False),
    Column("data", Text, nullable=False),  # JSON CommMention as the report states it
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("full_start", Integer),
    Column("full_end", Integer),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", String, primary_key=True),
    Column("report_id", String, nullable=False, index=True),
    Column("qkind", String, nullable=False),  # quote | paraphrase
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", String),
    Column("speaker_name", Text),
    Column("communication_id", String, index=True),
    Column("citation", Integer, nullable=False, default=0),
    Column("cue", Text),
)

demands = Table(
    "demands",
    metadata,
    Column("id", String, primary_key=True),
    Column("report_id", String, nullable=False),
    Column("communication_id", String, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

flags = Table(
    "flags",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", String),
    Column("communication_id", String, index=True),
    Column("code", String, nullable=False),
    Column("message", Text, nullable=False),
    Column("evidence", Text, nullable=False),  # JSON [{report, start, end}]
)

REGISTER_TABLES = (entities, aliases, communications, comm_mentions, quotes, demands, flags)

# Analysts' corrections (lettertrace.corrections): their own layer, never part of REGISTER_TABLES, so a
# relink never empties it. Each is keyed by stable identities (a report's content digest and an evidence
# span; an entity's name), applied after every relink; ``status`` and ``applied_to`` say what it applies
# to in the register as last linked (``orphaned`` when its evidence is gone).
corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fingerprint", String, nullable=False, unique=True),  # same correction, same fingerprint
    Column("kind", String, nullable=False),  # sender | recipients | date | reject | merge_entities
    Column("target", Text, nullable=False),  # JSON: the stable key of what is corrected
    Column("payload", Text, nullable=False),  # JSON {value, was}: the new value and the one it replaced
    Column("who", Text, nullable=False),
    Column("at", String, nullable=False),  # ISO timestamp (UTC)
    Column("why", Text, nullable=False),
    Column("undone", Integer, nullable=False, default=0),
    Column("undone_by", Text),
    Column("undone_at", String),
    Column("status", String, nullable=False, default="pending"),  # applied | orphaned | undone | pending
    Column("applied_to", String),  # the communication or entity id it applies to now
    Column("was", Text),  # JSON: the extracted value it replaced at the last relink
    Column("note", Text),  # why it is orphaned
)

# Views for people who open the file in Datasette, sqlite-utils or any SQLite browser: names instead of
# ids, no raw text or JSON offsets. Only views: the link stage empties and refills the tables beneath.
# (``quotes``, ``entities`` and ``reports`` name the tables, so their readable views end in ``_view``.)
READABLE_VIEWS = {
    "letters": """CREATE VIEW IF NOT EXISTS letters AS
SELECT c.id AS id, c.kind AS kind,
  coalesce(s.name, 'Unknown') AS sender,
  coalesce((SELECT group_concat(coalesce(e.name, 'Unknown'), '; ') FROM json_each(c.recipients) AS j
            LEFT JOIN entities AS e ON e.id = j.value), 'Unknown') AS recipients,
  c.earliest AS earliest, c.latest AS latest, c.precision AS precision,
  c.implied AS implied, c.in_reply_to AS in_reply_to,
  (SELECT count(DISTINCT m.report_id) FROM comm_mentions AS m WHERE m.communication_id = c.id) AS reports,
  (SELECT group_concat(r.title, '; ') FROM reports AS r WHERE r.id IN
     (SELECT m.report_id FROM comm_mentions AS m WHERE m.communication_id = c.id)) AS report_titles,
  (SELECT group_concat(DISTINCT f.code) FROM flags AS f WHERE f.communication_id = c.id) AS flags,
  c.sender AS sender_id, c.recipients AS recipient_ids
FROM communications AS c LEFT JOIN entities AS s ON s.id = c.sender""",
    "quotes_view": """CREATE VIEW IF NOT EXISTS quotes_view AS
SELECT q.id AS id, q.qkind AS kind, q.text AS text,
  coalesce(sp.name, q.speaker_name, 'unattributed') AS speaker,
  r.title AS report, r.outlet AS outlet, r.published AS published,
  l.sender || ' → ' || l.recipients AS letter,
  q.communication_id AS letter_id, q.report_id AS report_id, q.speaker AS speaker_id,
  q.start AS start, q."end" AS "end"
FROM quotes AS q LEFT JOIN entities AS sp ON sp.id = q.speaker
  LEFT JOIN reports AS r ON r.id = q.report_id LEFT JOIN letters AS l ON l.id = q.communication_id""",
    "entities_view": """CREATE VIEW IF NOT EXISTS entities_view AS
SELECT e.id AS id, e.name AS name, e.etype AS type, e.wikidata AS wikidata,
  (SELECT count(*) FROM communications AS c WHERE c.sender = e.id) AS sent,
  (SELECT count(*) FROM communications AS c, json_each(c.recipients) AS j WHERE j.value = e.id) AS received,
  (SELECT group_concat(x.alias, '; ') FROM
     (SELECT DISTINCT a.alias FROM aliases AS a WHERE a.entity_id = e.id ORDER BY a.alias) AS x) AS aliases
FROM entities AS e""",
    "reports_view": """CREATE VIEW IF NOT EXISTS reports_view AS
SELECT r.id AS id, r.title AS title, r.outlet AS outlet, r.published AS published, r.url AS url,
  r.source AS source, r.fmt AS format, length(r.clean_text) AS characters,
  (SELECT count(DISTINCT m.communication_id) FROM comm_mentions AS m WHERE m.report_id = r.id) AS letters,
  (SELECT count(*) FROM quotes AS q WHERE q.report_id = r.id) AS quotes,
  r.ingested_at AS ingested_at
FROM reports AS r""",
}

# Each migration moves the schema from version N-1 to N.
MIGRATIONS: dict[int, list[str]] = {
    1: [],  # version 1: the tables above, created by metadata.create_all
    2: [
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
        "kind UNINDEXED, ref UNINDEXED, report UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')",
    ],
    3: list(READABLE_VIEWS.values()),
    4: [
        "CREATE TABLE IF NOT EXISTS corrections (id INTEGER NOT NULL, fingerprint VARCHAR NOT NULL, "
        "kind VARCHAR NOT NULL, target TEXT NOT NULL, payload TEXT NOT NULL, who TEXT NOT NULL, "
        "at VARCHAR NOT NULL, why TEXT NOT NULL, undone INTEGER NOT NULL, undone_by TEXT, undone_at VARCHAR, "
        "status VARCHAR NOT NULL, applied_to VARCHAR, was TEXT, note TEXT, PRIMARY KEY (id), UNIQUE (fingerprint))",
    ],
    5: list(QUERY_SCHEMA),  # the indexes and the parties table the filtered queries need (register_sql)
    6: list(NAME_SCHEMA),  # the index of the entities' names (name_index)
    7: list(TALLY_SCHEMA),  # counts of the register kept by triggers (register_tally)
    8: list(SEARCH_SCHEMA),  # the search index by kind and date, and the letters of a hit (search_index)
}


class StoreError(LettertraceError):
    """The register file cannot be opened or is of a newer schema."""


def report_id_for(source: str) -> str:
    """Stable id of a report: derived from its source path."""
    import hashlib

    return "r" + hashlib.sha256(source.encode("utf-8")).hexdigest()[:12]


class Store:
    """A register file. Open with :func:`open_store`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """One transaction: committed on success, rolled back on any exception."""
        with self.engine.begin() as conn:
            yield conn

    def connect(self) -> Connection:
        """A read connection (the caller closes it)."""
        return self.engine.connect()

    # ------------------------------------------------------------ reports

    def report_state(self, source: str) -> str | None:
        """The sha256 stored for ``source``, or None when it is not in the register."""
        with self.connect() as conn:
            row = conn.execute(reports.select().where(reports.c.source == source)).first()
        return None if row is None else str(row.sha256)

    def save_report(self, rep: ProcessedReport) -> str:
        """Insert or replace one report and its facts, in one transaction; the register then needs linking."""
        rid = report_id_for(rep.raw.source)
        row = _report_row(rid, rep)
        with self.begin() as conn:
            conn.execute(reports.delete().where(reports.c.id == rid))
            conn.execute(reports.insert().values(**row))
            # in the same transaction: committed with the report, or not at all
            conn.exec_driver_sql(f"PRAGMA user_version = {_UNLINKED}")
        return rid

    def save_reports(self, reps: Sequence[ProcessedReport]) -> list[str | None]:
        """Insert or replace several reports in one transaction: each is stored whole or not at all.

        Returns, for each report in order, None when it was stored or why it was not. A report whose row
        cannot be written fails alone: when the batch's transaction fails, the others are stored one
        transaction each. The register then needs linking.
        """
        rows: list[dict[str, Any] | None] = []
        errors: list[str | None] = []
        for rep in reps:
            try:
                rows.append(_report_row(report_id_for(rep.raw.source), rep))
                errors.append(None)
            except Exception as exc:  # a fact that cannot be serialised: this report fails, not the batch
                rows.append(None)
                errors.append(_failure(exc))
        good = [r for r in rows if r is not None]
        if not good:
            return errors
        try:
            with self.begin() as conn:
                conn.execute(reports.delete().where(reports.c.id.in_([r["id"] for r in good])))
                conn.execute(reports.insert(), good)
                conn.exec_driver_sql(f"PRAGMA user_version = {_UNLINKED}")  # committed with the reports
        except Exception:
            for i, rep in enumerate(reps):  # rolled back whole: one transaction per report names the bad one
                if errors[i] is None:
                    try:
                        self.save_report(rep)
                    except Exception as exc:
                        errors[i] = _failure(exc)
        return errors

    def prune_records(self, path: str, keep: set[str]) -> list[str]:
        """Delete the reports of records ``path#N`` of a multi-record file that are not in ``keep``."""
        prefix = f"{path}#"
        # a range over the unique index on source ('$' sorts just after '#'), then an exact prefix test
        in_file = (reports.c.source >= prefix) & (reports.c.source < f"{path}$")
        with self.begin() as conn:
            sources = conn.execute(select(reports.c.source).where(in_file)).scalars().all()
            gone = sorted(s for s in sources if s.startswith(prefix) and s not in keep)
            if gone:
                conn.execute(reports.delete().where(reports.c.source.in_(gone)))
                conn.exec_driver_sql(f"PRAGMA user_version = {_UNLINKED}")
        return gone

    def needs_link(self) -> bool:
        """True when a report was saved after the register tables were last rebuilt (a run cut short)."""
        with self.connect() as conn:
            return conn.exec_driver_sql("PRAGMA user_version").scalar() == _UNLINKED

    def mark_linked(self) -> None:
        """Record that the register tables reflect every saved report: call after ``link.relink``."""
        with self.begin() as conn:
            conn.exec_driver_sql("PRAGMA user_version = 0")

    def iter_reports(self, *columns: str) -> Iterator[dict[str, Any]]:
        """Every report row (as a dict) in id order, with only ``columns`` when they are named (a
        report's raw text and offset map are each as long as the report)."""
        query = select(*(reports.c[c] for c in columns)) if columns else reports.select()
        with self.connect() as conn:
            for row in conn.execute(query.order_by(reports.c.source)):
                yield dict(row._mapping)

    def load_report(self, rid: str) -> ProcessedReport | None:
        """Rebuild the stored ProcessedReport of one report id."""
        with self.connect() as conn:
            row = conn.execute(reports.select().where(reports.c.id == rid)).first()
        return None if row is None else processed_from_row(dict(row._mapping))

    def has_comm(self, cid: str) -> bool:
        """Whether the register holds communication ``cid``."""
        with self.connect() as conn:
            return (
                conn.execute(select(communications.c.id).where(communications.c.id == cid)).first()
                is not None
            )

    def count(self, table: Table) -> int:
        """Number of rows in a table."""
        with self.connect() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {table.name}")).scalar_one())


def _failure(exc: Exception) -> str:
    return f"processing failed: {type(exc).__name__}: {exc}"


def _report_row(rid: str, rep: ProcessedReport) -> dict[str, Any]:
    raw, meta = rep.raw, rep.meta
    published = meta.published or raw.published
    return {
        "id": rid,
        "source": raw.source,
        "sha256": raw.sha256,
        "fmt": raw.fmt,
        "title": meta.title or raw.title,
        "outlet": meta.outlet or raw.outlet,
        "author": raw.author or meta.author,  # the page's metadata, else its byline
        "url": raw.url,
        "published": published.isoformat() if published else None,
        "dateline_place": meta.dateline_place,
        "raw_text": raw.raw_text,
        "clean_text": rep.clean.text,
        "offsets": Offsets(rep.clean.offsets).to_json(),
        "meta": json.dumps(to_plain(meta)),
        "extraction": dumps(rep.extraction),
        "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def processed_from_row(row: dict[str, Any]) -> ProcessedReport:
    """Rebuild a ProcessedReport from a ``reports`` row."""
    raw = RawReport(
        source=row["source"],
        sha256=row["sha256"],
        raw_text=row["raw_text"],
        fmt=row["fmt"],
        title=row["title"],
        author=row["author"],
        outlet=row["outlet"],
        url=row["url"],
        published=dt.date.fromisoformat(row["published"]) if row["published"] else None,
    )
    clean = CleanText(text=row["clean_text"], offsets=Offsets.from_json(row["offsets"]))
    meta = from_plain(ReportMeta, json.loads(row["meta"]))
    extraction = from_plain(Extraction, json.loads(row["extraction"]))
    return ProcessedReport(raw=raw, clean=clean, meta=meta, extraction=extraction)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def open_store(path: str | Path) -> Store:
    """Open (creating and migrating as needed) the register at ``path`` (":memory:" works too)."""
    url = "sqlite://" if str(path) == ":memory:" else f"sqlite:///{Path(path)}"
    try:
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        _migrate(engine)
    except LettertraceError:
        raise
    except Exception as exc:  # sqlite3 errors: not a database, unwritable folder...
        # sqlite3's words, without SQLAlchemy's wrapper and its "Background on this error" link
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())
        raise StoreError(f"cannot open register {path}: {reason}") from exc
    return Store(engine)


def _migrate(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))
        current = conn.execute(text("SELECT max(version) FROM schema_version")).scalar()
        current = int(current or 0)
        if current > SCHEMA_VERSION:
            raise StoreError(f"register schema v{current} is newer than this lettertrace (v{SCHEMA_VERSION})")
        if current == 0:
            metadata.create_all(conn)
        for version in range(current + 1, SCHEMA_VERSION + 1):
            for stmt in MIGRATIONS[version]:
                conn.execute(text(stmt))
            conn.execute(text("INSERT INTO schema_version (version) VALUES (:v)"), {"v": version})
    try:  # names written by another client (or before schema v6): indexed now
        with engine.begin() as conn:
            if conn.execute(text("SELECT 1 FROM name_dirty LIMIT 1")).first():
                name_index.refresh(conn)
    except Exception:  # noqa: BLE001  # unreadable names: left marked, and looked up one by one
        pass
