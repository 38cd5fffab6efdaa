"""One processed report as rows of the fact tables the Spark job writes as Parquet.

No Spark here: plain tuples, in the column order of each table's schema (:data:`SCHEMAS`, Spark DDL).

- ``reports``: the very row the register stores for the report (``store._report_row``: its raw and clean
  text, offset map, metadata and extraction as the register's JSON, written by :mod:`lettertrace.serial`),
  plus where it came from (``file``), how long the per-report stages took (``seconds``) and counts.
  ``lettertrace load-facts`` rebuilds each report from this row (``store.processed_from_row``) and saves
  it with ``Store.save_reports``, as local ingest does, then links the register.
- ``communications``, ``mentions``, ``quotes``, ``entities``: the same facts flattened for queries
  (Spark SQL, DuckDB, pandas) without the register: each communication as the report states it, keyed
  by ``(report_id, local_idx)`` as the register's ``comm_mentions`` are; each sentence stating one,
  with its clean and raw offsets and its text; quotes and paraphrases with the register's quote ids;
  every party the report names. The register's communication and entity ids come from linking across
  reports (``load-facts``), so these tables carry the report-local keys.
- ``errors``: a record that could not be read or processed, with the reason local ingest gives.

Every table but ``errors`` is partitioned by ``month``, the report's publication month (``YYYY-MM``,
or ``unknown``): a news archive is read and queried a month at a time.
"""

from __future__ import annotations

from typing import Any

from lettertrace.models import CommMention, PartyMention, ProcessedReport, Span
from lettertrace.store import _report_row, report_id_for

# The columns of the register's ``reports`` table (store.py, schema v4), in its order.
# tests/test_spark_facts.py fails when the store's table changes and this list does not.
REPORT_COLUMNS: tuple[str, ...] = (
    "id",
    "source",
    "sha256",
    "fmt",
    "title",
    "outlet",
    "author",
    "url",
    "published",
    "dateline_place",
    "raw_text",
    "clean_text",
    "offsets",
    "meta",
    "extraction",
    "ingested_at",
)
_REPORT_DDL = ", ".join(f"{c} STRING" for c in REPORT_COLUMNS)

SCHEMAS: dict[str, str] = {
    "reports": f"{_REPORT_DDL}, file STRING, seconds DOUBLE, communications INT, quotes INT, month STRING",
    "communications": (
        "report_id STRING, local_idx INT, kind STRING, sender STRING, sender_type STRING, "
        "recipients ARRAY<STRING>, earliest STRING, latest STRING, precision STRING, date_basis STRING, "
        "in_reply_to INT, implied BOOLEAN, `trigger` STRING, full_text BOOLEAN, signer STRING, "
        "flags ARRAY<STRING>, month STRING"
    ),
    "mentions": (
        "report_id STRING, local_idx INT, n INT, start INT, `end` INT, raw_start INT, raw_end INT, "
        "text STRING, month STRING"
    ),
    "quotes": (
        "id STRING, report_id STRING, qkind STRING, start INT, `end` INT, text STRING, speaker STRING, "
        "communication INT, citation BOOLEAN, cue STRING, month STRING"
    ),
    "entities": (
        "report_id STRING, name STRING, ptype STRING, role STRING, org STRING, aliases ARRAY<STRING>, "
        "start INT, `end` INT, month STRING"
    ),
    "errors": "source STRING, file STRING, stage STRING, reason STRING",
}
PARTITIONED = ("reports", "communications", "mentions", "quotes", "entities")
TABLES = ("reports", "communications", "mentions", "quotes", "entities", "errors")

# What one Python task hands Spark per record: one row holding the record's rows of every table (the
# tables are then cut out of it inside the JVM), and per partition a last row on the worker that ran it.
WORKER_DDL = (
    "pid BIGINT, loads INT, records INT, reports INT, seconds DOUBLE, cpu_seconds DOUBLE, peak_mb DOUBLE"
)
RECORD_DDL = (
    f"report STRUCT<{SCHEMAS['reports']}>, "
    + ", ".join(
        f"{t} ARRAY<STRUCT<{SCHEMAS[t]}>>" for t in ("communications", "mentions", "quotes", "entities")
    )
    + f", error STRUCT<{SCHEMAS['errors']}>, worker STRUCT<{WORKER_DDL}>"
)

Row = tuple[Any, ...]


def record_row(
    tables: dict[str, list[Row]] | None = None, error: Row | None = None, worker: Row | None = None
) -> Row:
    """The row of :data:`RECORD_DDL` for a processed report's ``tables``, a failed record or a worker."""
    t = tables or {}
    report = t["reports"][0] if t.get("reports") else None
    lists = [t.get(name, []) for name in ("communications", "mentions", "quotes", "entities")]
    return (report, *lists, error, worker)


def report_facts(rep: ProcessedReport, file: str, seconds: float) -> dict[str, list[Row]]:
    """The rows of every table for one processed report read from ``file``."""
    rid = report_id_for(rep.raw.source)
    row = _report_row(rid, rep)
    month = str(row["published"])[:7] if row["published"] else "unknown"
    ex = rep.extraction
    said = len(ex.quotes) + len(ex.paraphrases)
    out: dict[str, list[Row]] = {
        "reports": [(*(row[c] for c in REPORT_COLUMNS), file, seconds, len(ex.communications), said, month)],
        "communications": [],
        "mentions": [],
        "quotes": [],
        "entities": [],
    }
    for i, c in enumerate(ex.communications):
        out["communications"].append(_communication(rid, i, c, month))
        for n, s in enumerate(c.mentions):
            raw_start, raw_end = rep.clean.raw_span(s.start, s.end)
            text = rep.clean.text[s.start : s.end]
            out["mentions"].append((rid, i, n, s.start, s.end, raw_start, raw_end, text, month))
    for kind, items in (("quote", ex.quotes), ("paraphrase", ex.paraphrases)):
        for q in items:
            speaker = q.speaker.name if q.speaker is not None else None
            citation = bool(getattr(q, "citation", False))
            qid = f"{rid}-{kind[0]}{q.span.start}"  # the register's quote id (link_write._write_quote)
            out["quotes"].append(
                (
                    qid,
                    rid,
                    kind,
                    q.span.start,
                    q.span.end,
                    q.text,
                    speaker,
                    q.communication,
                    citation,
                    q.cue,
                    month,
                )
            )
    out["entities"] = [_entity(rid, p, month) for p in ex.parties]
    return out


def error_row(source: str, file: str, stage: str, reason: str) -> Row:
    """A record that failed: ``stage`` is ``read`` or ``process``."""
    return (source, file, stage, reason)


def _communication(rid: str, i: int, c: CommMention, month: str) -> Row:
    sender = c.sender
    d = c.date
    return (
        rid,
        i,
        c.kind,
        sender.name if sender is not None else None,
        sender.ptype if sender is not None else None,
        [r.name for r in c.recipients],
        d.earliest.isoformat() if d.earliest else None,
        d.latest.isoformat() if d.latest else None,
        d.precision,
        d.basis,
        c.in_reply_to,
        c.implied,
        c.trigger,
        c.full_text is not None,
        c.full_text.signer if c.full_text is not None else None,
        [f.code for f in c.flags],
        month,
    )


def _entity(rid: str, p: PartyMention, month: str) -> Row:
    span: Span | None = p.span
    return (
        rid,
        p.name,
        p.ptype,
        p.role,
        p.org,
        list(p.aliases),
        span.start if span else None,
        span.end if span else None,
        month,
    )
