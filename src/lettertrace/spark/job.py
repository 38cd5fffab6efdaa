"""The Spark job: WARC and JSONL records -> the per-report stages -> Parquet facts.

    lettertrace spark INPUT... --output FACTS_DIR [--master local[2]]
    spark-submit [--master yarn ...] "$(python -c 'import lettertrace.spark.job as j; print(j.__file__)')" \
        INPUT... --output FACTS_DIR

An INPUT is a local file or folder (read in place, as ``lettertrace ingest`` reads it: the same sources,
``path#N``, so the same report ids) or a Hadoop-filesystem URI Spark reads (``hdfs://``, ``s3a://``,
``file://``; a folder or a glob), whose files Spark hands to the executors whole and which the readers
then read from a temporary copy (sources ``URI#N``). Only ``.warc``, ``.warc.gz`` and ``.jsonl`` files
are read. Every record goes through :func:`lettertrace.pipeline.process_report`, the function local
ingest runs, in ``mapPartitions``: each executor's Python worker loads spaCy and the data files once
(Spark reuses the worker for the next partition), never per record. A record that cannot be read or
processed becomes a row of the ``errors`` table with the reason local ingest gives; the job goes on.

Partitions: one task per input file when there are at least three files per core (a crawl's archives:
no shuffle of the records), otherwise the records are spread over four partitions per core.
On a cluster, lettertrace must be installed in the executors' Python (``PYSPARK_PYTHON``).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from lettertrace.models import DEFAULT_MAX_SECONDS, Options, RawReport, ReadError, ReportTimeout
from lettertrace.spark import facts

ARCHIVES = (".warc", ".warc.gz", ".jsonl")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
ERRORS_SHOWN = 20

Item = tuple[str, RawReport | ReadError]  # (the file it came from, the record or why it could not be read)


@dataclass
class JobSummary:
    """What a run did: counts, the first errors, the workers and how often each loaded spaCy."""

    files: int = 0
    reports: int = 0
    error_count: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # the first ERRORS_SHOWN (source, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # local entries not read, with the reason
    missing: list[str] = field(default_factory=list)  # local inputs that do not exist
    workers: dict[int, dict[str, float]] = field(
        default_factory=dict
    )  # pid -> loads, records, seconds, peak_mb...
    partitions: int = 0
    seconds: float = 0.0  # wall time of the job

    @property
    def ok(self) -> bool:
        return not self.error_count and not self.missing


def is_uri(text: str) -> bool:
    """True for ``scheme://...`` (read through Spark's Hadoop filesystems), False for a local path."""
    return bool(_URI.match(text))


def split_inputs(inputs: Iterable[str]) -> tuple[list[tuple[str, str]], list[str], JobSummary]:
    """Local archive files as (source path as given, absolute path), URIs, and what was skipped."""
    from lettertrace import read
    from lettertrace.read.files import suffix_of

    local: list[tuple[str, str]] = []
    uris: list[str] = []
    summary = JobSummary()
    for given in inputs:
        if is_uri(given):
            uris.append(given)
            continue
        for path, reason in read.iter_input_files([Path(given)]):
            if reason is not None and reason.startswith("no such"):
                summary.missing.append(str(path))
            elif reason is not None:
                summary.skipped.append((str(path), reason))
            elif suffix_of(path) not in ARCHIVES:
                summary.skipped.append((str(path), "not a WARC or JSONL file (lettertrace ingest reads it)"))
            else:
                local.append((str(path), os.path.abspath(path)))
    return local, uris, summary


# ---------------------------------------------------------------- on the executors


def read_local(item: tuple[str, str], options: Options) -> Iterator[Item]:
    """The records of a local file, named as ``lettertrace ingest`` names them (the path as given)."""
    from lettertrace import read

    given, path = item
    for rec in read.read_path(Path(path), options):
        yield given, _renamed(rec, path, given)


def read_bytes(item: tuple[str, bytes], options: Options) -> Iterator[Item]:
    """The records of a file Spark read from a Hadoop filesystem, named after its URI."""
    from lettertrace import read
    from lettertrace.read.files import suffix_of

    uri, data = item
    suffix = suffix_of(Path(uri))
    if suffix not in ARCHIVES:
        return
    fd, tmp = tempfile.mkstemp(suffix=suffix, prefix="lettertrace-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        del data
        for rec in read.read_path(Path(tmp), options):
            yield uri, _renamed(rec, tmp, uri)
    finally:
        os.unlink(tmp)


def _renamed(rec: RawReport | ReadError, old: str, new: str) -> RawReport | ReadError:
    source = rec.source or old
    if source == old or source.startswith(old + "#"):
        source = new + source[len(old) :]
    if isinstance(rec, ReadError):
        return ReadError(rec.reason, source)
    return replace(rec, source=source)


def process_partition(items: Iterable[Item], options: Options) -> Iterator[facts.Row]:
    """Run every record of one partition through ``process_report``; yield one row of
    :data:`facts.RECORD_DDL` per record and, last, one on the worker (its pid, spaCy loads so far in
    this process, records, reports, wall and CPU seconds spent in the per-report stages, the process's
    peak memory)."""
    from lettertrace.lazy import hide_torch

    with hide_torch():  # as in local ingest: spaCy without torch (linking is not done here)
        from lettertrace import nlp
        from lettertrace.pipeline import process_report
    records, reports, busy, cpu = 0, 0, 0.0, 0.0
    for file, item in items:
        if not records:  # cached in the worker process: loaded once, reused by its later partitions
            nlp.load(options.spacy_model)
        records += 1
        if isinstance(item, ReadError):
            yield facts.record_row(error=facts.error_row(item.source or file, file, "read", item.reason))
            continue
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            processed = process_report(item, options)
            tables = facts.report_facts(processed, file, time.perf_counter() - start)
        except ReportTimeout as exc:  # over its time budget: this record fails, the job goes on
            yield facts.record_row(error=facts.error_row(item.source, file, "process", str(exc)))
            continue
        except Exception as exc:  # the same words as local ingest
            reason = f"processing failed: {type(exc).__name__}: {exc}"
            yield facts.record_row(error=facts.error_row(item.source, file, "process", reason))
            continue
        finally:
            busy += time.perf_counter() - start
            cpu += time.process_time() - start_cpu
        reports += 1
        yield facts.record_row(tables)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    loads = nlp.load.cache_info().misses
    yield facts.record_row(worker=(os.getpid(), loads, records, reports, busy, cpu, peak_mb))


def _deal(parts: int, index: int, items: Iterable[Item]) -> Iterator[tuple[int, Item]]:
    """Key the records of input partition ``index`` (of ``parts``) 0, 1, 2... across all partitions, so
    that ``partitionBy(n)`` (key modulo n) deals them out evenly."""
    for i, item in enumerate(items):
        yield index + i * parts, item


# ---------------------------------------------------------------- on the driver


def session(master: str | None = None, app: str = "lettertrace", **config: str) -> Any:
    """A SparkSession (``master`` None: the one spark-submit or the Spark configuration gives); the
    active session when there is one (then ``master`` and ``config`` are those it was made with)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app).config("spark.ui.showConsoleProgress", "false")
    for key, value in config.items():
        builder = builder.config(key, value)
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def active_session() -> bool:
    """True when this process already runs a SparkSession (a notebook's, a test's): it is used, not stopped."""
    from pyspark.sql import SparkSession

    return SparkSession.getActiveSession() is not None


def run_job(spark: Any, inputs: list[str], output: str, options: Options, partitions: int = 0) -> JobSummary:
    """Read ``inputs``, process every record and write the fact tables under ``output``."""
    from pyspark import StorageLevel

    started = time.perf_counter()
    local, uris, summary = split_inputs(inputs)
    sc = spark.sparkContext
    rdds = []
    if local:
        files = sc.parallelize(local, numSlices=len(local))
        rdds.append(files.flatMap(partial(read_local, options=options)))
    for uri in uris:
        rdds.append(sc.binaryFiles(uri).flatMap(partial(read_bytes, options=options)))
    summary.files = len(local) + len(uris)
    records = sc.union(rdds) if rdds else sc.emptyRDD()
    cores = sc.defaultParallelism
    if partitions <= 0 and records.getNumPartitions() < 3 * cores:
        partitions = 4 * cores
    if partitions > 0:  # dealt out one record at a time (repartition moves batches of ten)
        n = records.getNumPartitions()
        keyed = records.mapPartitionsWithIndex(partial(_deal, n))
        records = keyed.partitionBy(partitions).values()
    summary.partitions = records.getNumPartitions()
    rows = records.mapPartitions(partial(process_partition, options=options))
    # processed once, kept by the JVM (spilled to disk when large) while the tables are cut out of it
    done = spark.createDataFrame(rows, schema=facts.RECORD_DDL).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for table in facts.TABLES:
            writer = _table(done, table).write.mode("overwrite")
            if table in facts.PARTITIONED:
                writer = writer.partitionBy("month")
            writer.parquet(f"{output.rstrip('/')}/{table}")
        errors = sorted(tuple(r) for r in _table(done, "errors").collect())
        for pid, loads, count, reports, busy, cpu, peak_mb in _table(done, "worker").collect():
            w = summary.workers.setdefault(pid, {"loads": 0, "records": 0, "seconds": 0.0, "partitions": 0})
            w["loads"] = max(w["loads"], loads)
            w["peak_mb"] = max(w.get("peak_mb", 0.0), peak_mb)
            w["records"] += count
            w["seconds"] += busy
            w["cpu_seconds"] = w.get("cpu_seconds", 0.0) + cpu
            w["partitions"] += 1
            summary.reports += reports
        summary.error_count = len(errors)
        summary.errors = [(str(e[0]), str(e[3])) for e in errors[:ERRORS_SHOWN]]
    finally:
        done.unpersist()
    summary.seconds = time.perf_counter() - started
    return summary


def _table(done: Any, table: str) -> Any:
    """One table cut out of the records' DataFrame (:data:`facts.RECORD_DDL`), in the JVM."""
    from pyspark.sql import functions as F

    if table == "reports":
        return done.where(F.col("report").isNotNull()).select("report.*")
    if table in ("errors", "worker"):
        column = "error" if table == "errors" else table
        return done.where(F.col(column).isNotNull()).select(f"{column}.*")
    return done.select(F.explode(table).alias("row")).select("row.*")


def main(argv: list[str] | None = None) -> int:
    """``spark-submit`` entry point (the master comes from spark-submit unless ``--master`` names one)."""
    ap = argparse.ArgumentParser(description="lettertrace facts from WARC and JSONL archives, on Spark.")
    ap.add_argument("inputs", nargs="+", help="local files or folders, or Hadoop-filesystem URIs")
    ap.add_argument("--output", required=True, help="folder (or URI) for the Parquet fact tables")
    ap.add_argument("--master", default=None)
    ap.add_argument("--partitions", type=int, default=0, help="0: one per file, or four per core")
    ap.add_argument("--max-mb", type=float, default=2048.0, help="skip archive files larger than this")
    ap.add_argument("--max-seconds", type=float, default=DEFAULT_MAX_SECONDS)
    ap.add_argument("--no-prefilter", action="store_true")
    args = ap.parse_args(argv)
    options = Options(
        max_bytes=int(args.max_mb * 1024 * 1024),
        prefilter=not args.no_prefilter,
        max_seconds=args.max_seconds or None,
    )
    owned = not active_session()
    spark = session(args.master)
    try:
        summary = run_job(spark, args.inputs, args.output, options, partitions=args.partitions)
    finally:
        if owned:
            spark.stop()
    print(describe(summary, args.output))
    return 0 if summary.ok else 1


def describe(summary: JobSummary, output: str) -> str:
    """One line: what the job read and wrote, its workers and how often they loaded spaCy."""
    loads = sum(int(w["loads"]) for w in summary.workers.values())
    return (
        f"read {summary.files} file{'' if summary.files == 1 else 's'}: {summary.reports} reports, {summary.error_count} errors -> {output} "
        f"({summary.partitions} partitions, {len(summary.workers)} workers, spaCy loaded {loads} times, "
        f"{summary.seconds:.1f} s)"
    )


if __name__ == "__main__":
    sys.exit(main())
