"""``lettertrace load-facts FACTS_DIR --db FILE``: the Spark job's facts into a register, then linking.

Each ``reports`` row is the row local ingest would have stored for the record: it is rebuilt into the
ProcessedReport it came from (``store.processed_from_row``) and saved with ``Store.save_reports`` (a
batch a transaction), the path local ingest takes, with local ingest's rules: a source already stored with the same bytes is left
unchanged, a changed one replaced, and records a multi-record file no longer holds are removed
(``Store.prune_records``). Then the register is linked once (``link.relink``). So a register loaded from
the facts of a set of files is the register ``lettertrace ingest`` of the same files builds.

The Parquet files are read with pyarrow, a batch of rows at a time (no Spark, no Java): FACTS_DIR is a
local folder (copy a job's output down from HDFS or S3 first).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from lettertrace.ingest import IngestSummary
from lettertrace.models import LettertraceError, ProcessedReport
from lettertrace.spark.facts import REPORT_COLUMNS
from lettertrace.store import Store, processed_from_row

BATCH_ROWS = 64  # reports read from Parquet and stored in one transaction (each holds its raw and clean text)


class FactsError(LettertraceError):
    """FACTS_DIR is not the output of a finished Spark job."""


def check_facts(folder: Path) -> None:
    """Raise :class:`FactsError` unless ``folder`` holds the tables of a finished job."""
    for table in ("reports", "errors"):
        if not (folder / table / "_SUCCESS").is_file():
            raise FactsError(
                f"{folder} holds no finished '{table}' table (run `lettertrace spark INPUT... --output {folder}`)"
            )


def rows(folder: Path, table: str, columns: list[str], where: Any = None) -> Iterator[dict[str, Any]]:
    """The rows of one fact table, ``columns`` only (``where``: a pyarrow filter), a batch at a time, in
    no particular order."""
    import pyarrow.dataset as ds

    path = folder / table
    if not any(path.rglob("*.parquet")):  # a job with no such row writes no file
        return
    data = ds.dataset(str(path), format="parquet", partitioning="hive")
    for batch in data.to_batches(columns=columns, filter=where, batch_size=BATCH_ROWS):
        yield from batch.to_pylist()


def load_facts(
    store: Store, folder: Path, months: Sequence[str] = (), with_facts: bool = False
) -> IngestSummary:
    """Store every report of the facts in ``folder`` and link the register; failed records are listed.

    A slice for a register of its own: ``months`` (``YYYY-MM`` or ``unknown``) keeps the reports
    published in those months, ``with_facts`` those with at least one communication, quote or paraphrase.
    A slice removes no record another load stored (only a whole load knows which records a file holds).
    """
    import pyarrow.dataset as ds

    link = _linker()
    check_facts(folder)
    summary = IngestSummary()
    seen: dict[str, set[str]] = {}  # file -> sources of its records, as local ingest collects them
    for err in rows(folder, "errors", ["source", "file", "reason"]):
        seen.setdefault(err["file"], set()).add(err["source"])
        summary.failed.append((err["source"], err["reason"]))
    where = None
    if months:
        where = ds.field("month").isin(list(months))
    if with_facts:
        said = (ds.field("communications") > 0) | (ds.field("quotes") > 0)
        where = said if where is None else where & said
    batch: list[ProcessedReport] = []
    for row in rows(folder, "reports", [*REPORT_COLUMNS, "file"], where):
        seen.setdefault(row["file"], set()).add(row["source"])
        if store.report_state(row["source"]) == row["sha256"]:
            summary.unchanged.append(row["source"])
            continue
        batch.append(processed_from_row(row))
        if len(batch) >= BATCH_ROWS:
            _save(store, batch, summary)
    _save(store, batch, summary)
    for file, sources in sorted(seen.items()):
        if where is None and file not in sources:  # the file was read: drop the records it no longer holds
            summary.removed += store.prune_records(file, keep=sources)
    summary.failed.sort()
    summary.ingested.sort()
    summary.unchanged.sort()
    if summary.ingested or summary.removed or store.needs_link():
        link.relink(store)
        store.mark_linked()
    return summary


def _save(store: Store, batch: list[ProcessedReport], summary: IngestSummary) -> None:
    """Store a batch of reports in one transaction, as local ingest does (``Store.save_reports``)."""
    for rep, problem in zip(batch, store.save_reports(batch), strict=True):
        if problem is None:
            summary.ingested.append(rep.raw.source)
        else:
            summary.failed.append((rep.raw.source, problem))
    batch.clear()


def _linker() -> Any:
    """:mod:`lettertrace.link`, imported as local ingest imports it (spaCy without torch)."""
    from lettertrace.lazy import hide_torch

    with hide_torch():
        from lettertrace import link
    return link
