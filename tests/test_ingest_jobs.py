"""Batched storing and ``--jobs``: the register does not depend on either, and a crash leaves whole reports.

The dev corpus is read in place; the other reports are invented (conftest's INVENTED_REPORTS and
variants of them written here).
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from conftest import DEV_CORPUS, INVENTED_REPORTS
from lettertrace import ingest as ingest_module
from lettertrace.export import run_export
from lettertrace.ingest import IngestSummary, ingest_files, list_inputs
from lettertrace.models import Options, ProcessedReport, RawReport
from lettertrace.pipeline import process_report
from lettertrace.serial import dumps
from lettertrace.store import Store, open_store, reports

OPTIONS = Options()


def export_json(store: Store) -> str:
    text = run_export("json", store, None)
    assert text is not None
    return text


def summary_of(summary: IngestSummary) -> tuple[list[str], list[str], list[tuple[str, str]], list[str]]:
    return summary.ingested, summary.unchanged, summary.failed, summary.removed


def many_reports(folder: Path, copies: int) -> Path:
    """``copies`` variants of each invented report, each one line apart (distinct reports)."""
    folder.mkdir()
    for i in range(copies):
        for name, text in INVENTED_REPORTS.items():
            (folder / f"{i:02d}_{name}").write_text(text + f"\nItem {i}.\n", encoding="utf-8")
    return folder


def fails_on_call(raw: RawReport, options: Options) -> ProcessedReport:
    """Module level, so that worker processes can run it: the phone-call reports fail."""
    if raw.source.endswith("b_call.txt"):
        raise RuntimeError("parser exploded")
    return process_report(raw, options)


# ---------------------------------------------------------------- --jobs


def test_jobs_2_gives_the_register_of_jobs_1_on_dev(dev_register: Path, tmp_path: Path) -> None:
    files, _skipped = list_inputs([DEV_CORPUS])
    store = open_store(tmp_path / "jobs2.db")
    summary = ingest_files(store, files, OPTIONS, jobs=2)
    assert not summary.failed and len(summary.ingested) == len(files)
    assert export_json(store) == export_json(open_store(dev_register))


def test_jobs_2_gives_the_summary_and_register_of_jobs_1(tmp_path: Path) -> None:
    """Failures, unchanged reports and stored ones, in reading order, whatever the number of jobs."""
    folder = many_reports(tmp_path / "in", 3)
    (folder / "01_empty.txt").write_bytes(b"")  # a read error between the others
    files, _skipped = list_inputs([folder])
    results = []
    for jobs in (1, 2):
        store = open_store(tmp_path / f"jobs{jobs}.db")
        ingest_files(store, files[:5], OPTIONS, jobs=jobs)  # some reports are there already
        summary = ingest_files(store, files, OPTIONS, process=fails_on_call, jobs=jobs)
        assert summary.unchanged and summary.failed and summary.ingested
        results.append((summary_of(summary), export_json(store)))
    assert results[0] == results[1]


def test_a_second_run_with_jobs_changes_nothing(tmp_path: Path) -> None:
    files, _skipped = list_inputs([many_reports(tmp_path / "in", 2)])
    store = open_store(tmp_path / "r.db")
    first = ingest_files(store, files, OPTIONS, jobs=2)
    before = export_json(store)
    again = ingest_files(store, files, OPTIONS, jobs=2)
    assert again.ingested == [] and sorted(again.unchanged) == sorted(first.ingested)
    assert export_json(store) == before


def test_jobs_below_one_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        ingest_files(open_store(tmp_path / "r.db"), [], OPTIONS, jobs=0)


# ---------------------------------------------------------------- batches and crashes


def _ingest_then_die(db: Path, files: list[Path], jobs: int, batch: int, die_after: int) -> None:
    """In a child process: store in batches of ``batch`` and SIGKILL itself after ``die_after`` files."""
    os.setsid()  # its own process group: the test can make sure no worker of it outlives it
    ingest_module.BATCH_REPORTS = batch
    seen = []

    def on_file(path: str) -> None:
        seen.append(path)
        if len(seen) == die_after:
            os.kill(os.getpid(), signal.SIGKILL)

    ingest_files(open_store(db), files, OPTIONS, on_file=on_file, jobs=jobs)


def _group_gone(group: int, patience: float = 60.0) -> bool:
    """Whether every process of ``group`` exits within ``patience`` seconds (workers see their ingest gone
    within a second on a quiet machine); any left are ended here."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(group, signal.SIGKILL)
    return False


def stored_rows(store: Store) -> dict[str, Any]:
    with store.connect() as conn:
        return {r.source: r for r in conn.execute(select(reports)).all()}


@pytest.mark.parametrize("jobs", [1, 2])
def test_kill_9_mid_ingest_leaves_whole_reports_and_a_rerun_completes(tmp_path: Path, jobs: int) -> None:
    files, _skipped = list_inputs([many_reports(tmp_path / "in", 4)])  # 16 reports
    db = tmp_path / "killed.db"
    open_store(db)
    child = multiprocessing.get_context("fork").Process(
        target=_ingest_then_die, args=(db, files, jobs, 3, 11)
    )
    child.start()
    child.join(120)
    assert child.exitcode == -signal.SIGKILL
    assert _group_gone(child.pid), "a worker outlived the ingest that started it"

    store = open_store(db)
    rows = stored_rows(store)
    # whole batches only: 3 of them were full when the 11th file was read, none of the 4th
    assert sorted(rows) == sorted(str(p) for p in files[:9])
    assert store.needs_link()  # the run died before linking; the next one links
    for path in files[:9]:  # each stored report is the whole of what processing it gives
        row = rows[str(path)]
        (raw,) = [r for r in ingest_module.read.read_path(path, OPTIONS) if isinstance(r, RawReport)]
        assert row.sha256 == raw.sha256 and row.raw_text == raw.raw_text
        assert row.extraction == dumps(process_report(raw, OPTIONS).extraction)

    rerun = ingest_files(store, files, OPTIONS, jobs=jobs)
    assert sorted(rerun.unchanged) == sorted(str(p) for p in files[:9])
    assert sorted(rerun.ingested) == sorted(str(p) for p in files[9:])
    clean_run = open_store(tmp_path / "clean.db")
    ingest_files(clean_run, files, OPTIONS)
    assert export_json(store) == export_json(clean_run)


def test_a_batch_with_an_unstorable_report_stores_the_others(tmp_path: Path) -> None:
    files, _skipped = list_inputs([many_reports(tmp_path / "in", 1)])
    done = [process_report(r, OPTIONS) for p in files for r in ingest_module.read.read_path(p, OPTIONS)]
    assert all(isinstance(d, ProcessedReport) for d in done) and len(done) == 4
    broken = dataclasses.replace(done[1], raw=dataclasses.replace(done[1].raw, fmt=None))  # type: ignore[arg-type]
    store = open_store(tmp_path / "r.db")
    errors = store.save_reports([done[0], broken, done[2], done[3]])
    assert errors[0] is None and errors[2] is None and errors[3] is None
    assert errors[1] is not None and "IntegrityError" in errors[1]
    assert sorted(stored_rows(store)) == sorted(d.raw.source for d in (done[0], done[2], done[3]))
