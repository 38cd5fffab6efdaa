"""``lettertrace spark ...`` and ``lettertrace load-facts ...`` (issue 13): the Spark path.

Added to the main app by :mod:`lettertrace.cli`; like it, importing this module loads Typer only: each
command imports PySpark, pyarrow and the pipeline when it runs (:mod:`lettertrace.spark`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer

from . import cli, cliargs
from .cliargs import DEFAULT_DB, DbOpt
from .models import DEFAULT_MAX_SECONDS, LettertraceError, Options


def _need_spark(java: bool) -> None:
    from .spark import unavailable

    problem = unavailable(need_java=java)
    if problem:
        cli.err.print(f"error: {problem}", soft_wrap=True)
        raise typer.Exit(2)


def spark(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="WARC (.warc, .warc.gz) and JSONL files or folders, or URIs Spark reads (hdfs://, s3a://)."
        ),
    ],
    output: Annotated[str, typer.Option("--output", help="Folder (or URI) for the Parquet fact tables.")],
    master: Annotated[str, typer.Option("--master", help="Spark master URL.")] = "local[*]",
    partitions: Annotated[
        int,
        typer.Option("--partitions", min=0, help="0: one per file when files are many, else four per core."),
    ] = 0,
    max_mb: Annotated[
        float, typer.Option("--max-mb", help="Skip archive files larger than this many MB.")
    ] = 2048.0,
    no_prefilter: cliargs.NoPrefilterOpt = False,
    max_seconds: cliargs.MaxSecondsOpt = DEFAULT_MAX_SECONDS,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace the tables of an earlier run.")
    ] = False,
) -> None:
    """Extract the facts of every record of news archives on Spark, as Parquet (then `load-facts`).

    Every record goes through the same per-report stages as `ingest`; a record that fails is a row of
    the `errors` table. Exit 1 when some record failed (the others are written).

    Example: lettertrace spark crawl/ --output facts/ --master local[2]
    """
    _need_spark(java=True)
    from .spark import job

    folder = None if job.is_uri(output) else Path(output)
    if folder is not None and folder.exists() and any(folder.iterdir()) and not overwrite:
        cli.err.print(f"error: {output} is not empty (add --overwrite to replace its tables)", soft_wrap=True)
        raise typer.Exit(2)
    options = Options(
        max_bytes=int(max_mb * 1024 * 1024), prefilter=not no_prefilter, max_seconds=max_seconds or None
    )
    owned = not job.active_session()
    session = job.session(master)
    try:
        summary = job.run_job(session, inputs, output, options, partitions=partitions)
    finally:
        if owned:
            session.stop()
    for path in summary.missing:
        cli.err.print(
            f"error: {cli.one_line(path)}: no such file or directory", highlight=False, soft_wrap=True
        )
    for src, reason in summary.errors:
        cli.err.print(f"error: {cli.one_line(src)}: {cli.one_line(reason)}", highlight=False, soft_wrap=True)
    if summary.error_count > len(summary.errors):
        more = summary.error_count - len(summary.errors)
        cli.err.print(f"error: and {more} more (the errors table lists them all)", soft_wrap=True)
    for src, reason in summary.skipped:
        cli.err.print(
            f"skipped: {cli.one_line(src)}: {cli.one_line(reason)}", highlight=False, soft_wrap=True
        )
    cli.out.print(job.describe(summary, output), markup=False, soft_wrap=True)
    if not summary.ok:
        raise typer.Exit(1)


def load_facts(
    facts: Annotated[Path, typer.Argument(help="The --output folder of `lettertrace spark` (local).")],
    db: DbOpt = DEFAULT_DB,
    month: Annotated[
        list[str] | None,
        typer.Option("--month", help="Only reports published in this month (YYYY-MM, or unknown)."),
    ] = None,
    with_facts: Annotated[
        bool, typer.Option("--with-facts", help="Only reports with a communication, quote or paraphrase.")
    ] = False,
) -> None:
    """Store the facts of a Spark run in a register and link it (the register `ingest` of the same records builds).

    Exit 1 when the run had records that failed (each named; the others are stored). `--month` and
    `--with-facts` load a slice (a register per analyst of an archive too large for one SQLite file).

    Example: lettertrace load-facts facts/ --db register.db
    """
    _need_spark(java=False)
    from .spark.load import check_facts, load_facts

    for m in month or []:
        if not re.fullmatch(r"\d{4}-\d{2}|unknown", m):
            cli.err.print(f"error: --month {cli.one_line(m)!r} is not YYYY-MM or unknown", soft_wrap=True)
            raise typer.Exit(2)
    try:
        check_facts(facts)
    except LettertraceError as exc:
        cli.err.print(f"error: {cli.one_line(str(exc))}", soft_wrap=True)
        raise typer.Exit(2) from exc
    store = cli._open(db, must_exist=False)
    summary = load_facts(store, facts, months=month or (), with_facts=with_facts)
    for src, reason in summary.failed:
        cli.err.print(f"error: {cli.one_line(src)}: {cli.one_line(reason)}", highlight=False, soft_wrap=True)
    cli.out.print(
        f"loaded {len(summary.ingested)}, unchanged {len(summary.unchanged)}, failed {len(summary.failed)}"
        + (f", removed {len(summary.removed)} (records no longer in their files)" if summary.removed else "")
        + f" -> {db}",
        markup=False,
    )
    if summary.failed:
        raise typer.Exit(1)
