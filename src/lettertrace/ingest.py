"""Ingest files into the register, one report at a time (memory stays flat)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .lazy import hide_torch
from .models import Options, RawReport, ReadError, ReportTimeout
from .store import Store

with hide_torch():  # spaCy without torch: torch loads when linking needs the embedding model
    from . import link, read
    from .pipeline import ProcessFn, process_report

Progress = Callable[[str], None]


@dataclass
class IngestSummary:
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # records a multi-record file no longer holds

    @property
    def ok(self) -> bool:
        return not self.failed


def list_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The files to read under ``paths`` and the ones skipped, with reasons."""
    files, skipped = [], []
    for path, reason in read.iter_input_files(paths):
        if reason is None:
            files.append(path)
        else:
            skipped.append((str(path), reason))
    return files, skipped


def ingest_files(
    store: Store,
    files: Iterable[Path],
    options: Options,
    on_file: Progress | None = None,
    process: ProcessFn = process_report,
) -> IngestSummary:
    """Read, process and store every report in ``files``; then link the register."""
    summary = IngestSummary()
    for path in files:
        seen: set[str] = set()
        for item in read.read_path(path, options):
            if isinstance(item, ReadError):
                seen.add(item.source or str(path))
                summary.failed.append((item.source or str(path), item.reason))
            else:
                seen.add(item.source)
                _ingest_one(store, item, options, summary, process)
        if seen and str(path) not in seen:  # records of a JSONL or WARC file, and the file itself was read
            summary.removed += store.prune_records(str(path), keep=seen)
        if on_file:
            on_file(str(path))
    if summary.ingested or summary.removed or store.needs_link():
        link.relink(store)
        store.mark_linked()
    return summary


def _ingest_one(
    store: Store, raw: RawReport, options: Options, summary: IngestSummary, process: ProcessFn
) -> None:
    if store.report_state(raw.source) == raw.sha256:
        summary.unchanged.append(raw.source)
        return
    try:
        processed = process(raw, options)
        store.save_report(processed)
    except ReportTimeout as exc:  # over its time budget: this report fails, the run goes on
        summary.failed.append((raw.source, str(exc)))
        return
    except Exception as exc:  # one bad report must not stop the run, nor leave half a report
        summary.failed.append((raw.source, f"processing failed: {type(exc).__name__}: {exc}"))
        return
    summary.ingested.append(raw.source)
