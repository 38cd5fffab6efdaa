"""Ingest files into the register: read, process, store in batches, then link.

One process reads the files, in order, and is the only writer. Each report read is processed by
:func:`lettertrace.pipeline.process_report`, in this process (``jobs=1``) or in ``jobs`` worker
processes, a bounded number at a time, :data:`PARSE_BATCH` reports together (those that go on to spaCy
are parsed together: :func:`lettertrace.pipeline.process_reports`); what becomes of each report and file
(stored, unchanged, failed, records pruned, progress) is applied in reading order either way, so the
register and the summary do not depend on ``jobs``.

Reports are stored in batches (:data:`BATCH_REPORTS` reports or :data:`BATCH_CHARS` characters of
text, whichever comes first), one transaction each: a crash (even ``kill -9``) loses at most the
batch being gathered, and leaves only whole reports, which the next run skips as unchanged. Any
other exception stores the batch gathered so far before it goes on up. Memory stays flat: at most
one batch and ``4 * jobs`` batches of :data:`PARSE_BATCH` reports in flight are held.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .lazy import hide_torch
from .models import Options, ProcessedReport, RawReport, ReadError, ReportTimeout
from .store import Store

with hide_torch():  # spaCy without torch (the embedding model runs on NumPy)
    from . import link, read
    from .pipeline import ProcessFn, process_report, process_reports

Progress = Callable[[str], None]

BATCH_REPORTS = 200  # reports stored per transaction
BATCH_CHARS = 32_000_000  # raw and clean characters held before they are stored
IN_FLIGHT_PER_JOB = 4  # reports handed to each worker ahead of the one the writer waits for
PARSE_BATCH = 16  # reports processed together with one job (those that pass the prefilter parsed together)


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
    jobs: int = 1,
) -> IngestSummary:
    """Read, process and store every report in ``files``; then link the register.

    With ``jobs`` > 1, ``process`` runs in that many worker processes (it must then be a module-level
    function, so that it can be sent to them); everything else, writing included, stays here.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    summary = IngestSummary()
    writer = _Writer(store, summary)
    with _workers(jobs) as pool:
        batched = process is process_report
        window = IN_FLIGHT_PER_JOB * jobs * (PARSE_BATCH if batched else 1)
        run = _Run(store, options, summary, process, writer, pool, window, batched)
        try:
            for path in files:
                run.read_file(path, on_file)
            run.finish()
        except BaseException:  # Ctrl-C, a bug: keep what is processed, whole, then go on up
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
            with suppress(BaseException):  # a second error (a worker's own Ctrl-C) must not hide the first
                run.apply_done()
                writer.flush()
            raise
    if summary.ingested or summary.removed or store.needs_link():
        link.relink(store)
        store.mark_linked()
    return summary


@contextmanager
def _workers(jobs: int) -> Iterator[Executor | None]:
    if jobs == 1:
        yield None
        return
    # fork: the workers start with the modules already imported (spaCy among them) and never touch the
    # register (they only process); elsewhere, the platform's default start method
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_watch_parent) as pool:
        yield pool


def _watch_parent() -> None:
    """In a worker: exit once the process that started it is gone (killed, say), instead of waiting on
    its queue for ever."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _process_one(process: ProcessFn, raw: RawReport, options: Options) -> ProcessedReport | str:
    """One report processed, or why it failed (run in a worker when ``jobs`` > 1)."""
    try:
        return process(raw, options)
    except Exception as exc:  # one bad report must not stop the run, nor leave half a report
        return _failure(exc)


def _failure(exc: Exception) -> str:
    """Why a report failed: over its time budget (the run goes on), or the error processing it raised."""
    if isinstance(exc, ReportTimeout):
        return str(exc)
    return f"processing failed: {type(exc).__name__}: {exc}"


Step = tuple[RawReport, "Future[ProcessedReport | str]"] | Callable[[], None]


@dataclass
class _Run:
    """The reading order: each report's processing (perhaps in a worker) and what follows it, applied in turn."""

    store: Store
    options: Options
    summary: IngestSummary
    process: ProcessFn
    writer: _Writer
    pool: Executor | None
    window: int
    batched: bool = False  # one job, process_report: reports processed PARSE_BATCH at a time
    steps: deque[Step] = field(default_factory=deque)
    batch: list[tuple[RawReport, Future[ProcessedReport | str]]] = field(default_factory=list)

    def read_file(self, path: Path, on_file: Progress | None) -> None:
        seen: set[str] = set()
        for item in read.read_path(path, self.options):
            if isinstance(item, ReadError):
                source = item.source or str(path)
                seen.add(source)
                self._then(partial(self.summary.failed.append, (source, item.reason)))
            else:
                seen.add(item.source)
                self._report(item)
        if seen and str(path) not in seen:  # records of a JSONL or WARC file, and the file itself was read
            self._then(lambda: self._prune(str(path), seen))
        if on_file:
            self._then(lambda: on_file(str(path)))

    def finish(self) -> None:
        while self.steps:
            self._apply(self.steps.popleft())
        self.writer.flush()

    def apply_done(self) -> None:
        """Apply the steps already done, in order, up to the first one still running (after an error)."""
        while self.steps and not (isinstance(self.steps[0], tuple) and not self.steps[0][1].done()):
            step = self.steps.popleft()
            if isinstance(step, tuple) and step[1].cancelled():
                break
            self._apply(step)

    def _report(self, raw: RawReport) -> None:
        if self.store.report_state(raw.source) == raw.sha256:
            self._then(lambda: self.summary.unchanged.append(raw.source))
        elif self.batched:
            future: Future[ProcessedReport | str] = Future()
            self.steps.append((raw, future))
            self.batch.append((raw, future))
            if len(self.batch) >= PARSE_BATCH:
                self._run_batch()
                self._wait_for_room()
        elif self.pool is None:
            self._outcome(raw, _process_one(self.process, raw, self.options))
        else:
            self.steps.append((raw, self.pool.submit(_process_one, self.process, raw, self.options)))
            self._wait_for_room()

    def _wait_for_room(self) -> None:
        self.apply_done()
        while len(self.steps) > self.window:  # wait for the oldest, then apply whatever is done
            self._apply(self.steps.popleft())
            self.apply_done()

    def _then(self, action: Callable[[], None]) -> None:
        if self.steps:
            self.steps.append(action)
        else:
            action()

    def _apply(self, step: Step) -> None:
        if isinstance(step, tuple):
            raw, future = step
            if not future.done() and any(f is future for _raw, f in self.batch):
                self._run_batch()
            self._outcome(raw, future.result())
        else:
            step()

    def _run_batch(self) -> None:
        """Process the reports gathered (here, or in a worker), each to its result or why it failed."""
        batch, self.batch = self.batch, []
        raws = [raw for raw, _future in batch]
        if self.pool is None:
            _settle(batch, _process_batch(raws, self.options))
            return
        done = self.pool.submit(_process_batch, raws, self.options)
        done.add_done_callback(partial(_settle_from, batch))

    def _outcome(self, raw: RawReport, result: ProcessedReport | str) -> None:
        if isinstance(result, str):
            self.summary.failed.append((raw.source, result))
        else:
            self.writer.add(result)

    def _prune(self, path: str, keep: set[str]) -> None:
        self.writer.flush()  # the file's new records first, in their own transaction
        self.summary.removed += self.store.prune_records(path, keep=keep)


Pending = list[tuple[RawReport, "Future[ProcessedReport | str]"]]


def _process_batch(raws: list[RawReport], options: Options) -> list[ProcessedReport | str]:
    """Reports processed together (run in a worker when ``jobs`` > 1), each to its result or why it failed."""
    return [_failure(r) if isinstance(r, Exception) else r for r in process_reports(raws, options)]


def _settle(batch: Pending, results: list[ProcessedReport | str]) -> None:
    for (_raw, future), result in zip(batch, results, strict=True):
        future.set_result(result)


def _settle_from(batch: Pending, done: Future[list[ProcessedReport | str]]) -> None:
    """A worker's batch is over: each report's own future gets its result (or the batch's error)."""
    if done.cancelled():
        for _raw, future in batch:
            future.cancel()
    elif done.exception() is not None:
        for _raw, future in batch:
            future.set_exception(done.exception())
    else:
        _settle(batch, done.result())


@dataclass
class _Writer:
    """Processed reports gathered and stored a batch at a time (each whole or not at all)."""

    store: Store
    summary: IngestSummary
    pending: list[ProcessedReport] = field(default_factory=list)
    chars: int = 0

    def add(self, rep: ProcessedReport) -> None:
        self.pending.append(rep)
        self.chars += len(rep.raw.raw_text) + len(rep.clean.text)
        if len(self.pending) >= BATCH_REPORTS or self.chars >= BATCH_CHARS:
            self.flush()

    def flush(self) -> None:
        batch, self.pending, self.chars = self.pending, [], 0
        if not batch:
            return
        for rep, error in zip(batch, self.store.save_reports(batch), strict=True):
            if error is None:
                self.summary.ingested.append(rep.raw.source)
            else:
                self.summary.failed.append((rep.raw.source, error))
