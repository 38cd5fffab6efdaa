"""Ingesting folders into a real register file: idempotency, replacement, crash safety."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from lettertrace.ingest import IngestSummary, ingest_files, list_inputs
from lettertrace.models import Options, ProcessedReport, RawReport
from lettertrace.pipeline import process_report
from lettertrace.store import (
    REGISTER_TABLES,
    Store,
    comm_mentions,
    communications,
    open_store,
    quotes,
    report_id_for,
    reports,
)

OPTIONS = Options()

CHANGED_LETTER = (
    "Verhoeven writes to Ostrova about the mountain pass\n\n"
    "April 2, 2022\n\n"
    "President Alma Verhoeven of Freedonia sent a letter to Chancellor Ida Ostrova of Borduria on Friday, "
    "asking her to reopen the mountain pass.\n\n"
    '"Shepherds on both sides have waited long enough for the gate to open," Verhoeven wrote in the letter.\n'
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "register.db")


def ingest(store: Store, folder: Path, process: Any = process_report, on_file: Any = None) -> IngestSummary:
    files, _skipped = list_inputs([folder])
    return ingest_files(store, files, OPTIONS, on_file=on_file, process=process)


def snapshot(store: Store) -> dict[str, Any]:
    """Everything an ingest may change: row counts, report versions, ids, texts of the register."""
    with store.connect() as conn:
        counts = {
            t.name: conn.execute(text(f"SELECT count(*) FROM {t.name}")).scalar_one()
            for t in (reports, *REGISTER_TABLES)
        }
        counts["search_fts"] = conn.execute(text("SELECT count(*) FROM search_fts")).scalar_one()
        report_rows = conn.execute(
            select(reports.c.id, reports.c.sha256, reports.c.ingested_at).order_by(reports.c.id)
        ).all()
        comm_rows = conn.execute(select(communications).order_by(communications.c.id)).all()
        quote_rows = conn.execute(
            select(quotes.c.id, quotes.c.text, quotes.c.communication_id).order_by(quotes.c.id)
        ).all()
    return {"counts": counts, "reports": report_rows, "communications": comm_rows, "quotes": quote_rows}


def comm_parties(store: Store) -> set[tuple[str, str | None, tuple[str, ...]]]:
    """(kind, sender, recipients) of every communication in the register."""
    with store.connect() as conn:
        rows = conn.execute(
            select(communications.c.kind, communications.c.sender, communications.c.recipients)
        ).all()
    return {(r.kind, r.sender, tuple(json.loads(r.recipients))) for r in rows}


def source(folder: Path, name: str) -> str:
    return str(folder / name)


LETTER = ("letter", "e-alma-verhoeven", ("e-tomas-kettle",))
CALL = ("call", "e-tomas-kettle", ("e-ida-ostrova",))
MESSAGE = ("message", "e-ida-ostrova", ("e-alma-verhoeven",))


# ---------------------------------------------------------------- a first ingest


def test_first_ingest_stores_every_report_and_links_them(store: Store, invented_corpus: Path) -> None:
    summary = ingest(store, invented_corpus)
    assert sorted(summary.ingested) == sorted(str(p) for p in invented_corpus.glob("*.txt"))
    assert summary.unchanged == [] and summary.failed == [] and summary.ok
    assert store.count(reports) == 4
    assert comm_parties(store) == {LETTER, CALL, MESSAGE}
    festival = store.load_report(report_id_for(source(invented_corpus, "c_festival.txt")))
    assert festival is not None and festival.extraction.communications == ()


# ---------------------------------------------------------------- idempotency


def test_ingesting_the_same_folder_twice_changes_nothing(store: Store, invented_corpus: Path) -> None:
    first = ingest(store, invented_corpus)
    before = snapshot(store)
    second = ingest(store, invented_corpus)
    assert second.ingested == [] and second.failed == []
    assert sorted(second.unchanged) == sorted(first.ingested)
    assert snapshot(store) == before


def test_a_copy_of_the_register_reopened_reingests_nothing(
    store: Store, invented_corpus: Path, tmp_path: Path
) -> None:
    ingest(store, invented_corpus)
    before = snapshot(store)
    again = open_store(tmp_path / "register.db")  # a new process would open the file afresh
    assert ingest(again, invented_corpus).ingested == []
    assert snapshot(again) == before


# ---------------------------------------------------------------- a changed file


def test_changed_file_replaces_its_reports_facts(store: Store, invented_corpus: Path) -> None:
    ingest(store, invented_corpus)
    before = snapshot(store)
    path = invented_corpus / "a_letter.txt"
    path.write_text(CHANGED_LETTER, encoding="utf-8")

    summary = ingest(store, invented_corpus)

    assert summary.ingested == [str(path)]
    assert len(summary.unchanged) == 3
    after = snapshot(store)
    assert after["counts"]["reports"] == before["counts"]["reports"]
    rid = report_id_for(str(path))
    loaded = store.load_report(rid)
    assert loaded is not None and loaded.raw.raw_text == CHANGED_LETTER
    # the old letter to Kettle is gone, the new one to Ostrova is there, once
    assert comm_parties(store) == {("letter", "e-alma-verhoeven", ("e-ida-ostrova",)), CALL, MESSAGE}
    with store.connect() as conn:
        mentions = conn.execute(
            select(comm_mentions.c.communication_id).where(comm_mentions.c.report_id == rid)
        ).all()
        texts = [r.text for r in conn.execute(select(quotes.c.text).where(quotes.c.report_id == rid))]
        stale = conn.execute(
            text("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"feeds both our nations\"'")
        )
        assert stale.scalar_one() == 0
    assert len(mentions) == len(loaded.extraction.communications) == 1
    assert texts == ["Shepherds on both sides have waited long enough for the gate to open,"]
    # the other reports keep their ids and versions
    unchanged_ids = [r for r in before["reports"] if r.id != rid]
    assert unchanged_ids == [r for r in after["reports"] if r.id != rid]


# ---------------------------------------------------------------- crash safety


def failing_for(name: str, exc: BaseException) -> Any:
    """A process function that raises ``exc`` for the report read from file ``name``."""

    def process(raw: RawReport, options: Options) -> ProcessedReport:
        if Path(raw.source).name == name:
            raise exc
        return process_report(raw, options)

    return process


def test_a_report_whose_processing_raises_leaves_no_row(store: Store, invented_corpus: Path) -> None:
    summary = ingest(
        store, invented_corpus, process=failing_for("b_call.txt", RuntimeError("parser exploded"))
    )
    failed_source = source(invented_corpus, "b_call.txt")
    assert summary.failed == [(failed_source, "processing failed: RuntimeError: parser exploded")]
    assert not summary.ok
    assert failed_source not in summary.ingested and len(summary.ingested) == 3
    assert store.report_state(failed_source) is None
    assert store.count(reports) == 3
    assert comm_parties(store) == {LETTER, MESSAGE}  # the others are stored and linked


def test_a_write_that_fails_mid_transaction_keeps_the_old_version(
    store: Store, invented_corpus: Path
) -> None:
    ingest(store, invented_corpus)
    path = invented_corpus / "a_letter.txt"
    old_sha = store.report_state(str(path))
    before = snapshot(store)
    path.write_text(CHANGED_LETTER, encoding="utf-8")

    def unstorable(raw: RawReport, options: Options) -> ProcessedReport:
        """A report the table refuses (fmt is NOT NULL): its insert fails after the delete."""
        done = process_report(raw, options)
        return dataclasses.replace(done, raw=dataclasses.replace(done.raw, fmt=None))  # type: ignore[arg-type]

    summary = ingest(store, invented_corpus, process=unstorable)

    assert [src for src, _ in summary.failed] == [str(path)]
    assert "IntegrityError" in summary.failed[0][1]
    assert store.report_state(str(path)) == old_sha
    assert snapshot(store) == before


def test_reingest_after_a_failed_report_completes(store: Store, invented_corpus: Path) -> None:
    ingest(store, invented_corpus, process=failing_for("d_message.txt", ValueError("bad date")))
    assert comm_parties(store) == {LETTER, CALL}
    summary = ingest(store, invented_corpus)
    assert summary.ingested == [source(invented_corpus, "d_message.txt")]
    assert len(summary.unchanged) == 3 and summary.ok
    assert comm_parties(store) == {LETTER, CALL, MESSAGE}


def test_reingest_after_an_interrupted_run_links_what_was_stored(
    store: Store, invented_corpus: Path, tmp_path: Path
) -> None:
    """The process dies after the last report is committed but before the register is linked."""
    first = tmp_path / "first"
    first.mkdir()
    for name in ("a_letter.txt", "b_call.txt"):
        (invented_corpus / name).rename(first / name)
    ingest(store, first)
    assert comm_parties(store) == {LETTER, CALL}

    def interrupt_after_last_file(path: str) -> None:
        if path.endswith("d_message.txt"):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(store, invented_corpus, on_file=interrupt_after_last_file)
    assert store.count(reports) == 4  # both new reports were committed ...
    assert comm_parties(store) == {LETTER, CALL}  # ... but not linked into the register

    summary = ingest(store, invented_corpus)
    assert summary.ingested == [] and len(summary.unchanged) == 2
    assert comm_parties(store) == {LETTER, CALL, MESSAGE}


def test_unreadable_file_is_reported_and_the_rest_goes_in(store: Store, invented_corpus: Path) -> None:
    (invented_corpus / "e_empty.txt").write_bytes(b"")
    summary = ingest(store, invented_corpus)
    assert summary.failed == [(source(invented_corpus, "e_empty.txt"), "empty file")]
    assert len(summary.ingested) == 4
    assert comm_parties(store) == {LETTER, CALL, MESSAGE}


# ---------------------------------------------------------------- multi-record files


def jsonl_line(title: str, text: str) -> str:
    return json.dumps({"title": title, "text": text, "published": "2022-03-03"}) + "\n"


def test_a_jsonl_file_that_lost_a_record_drops_its_report(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "wire"
    folder.mkdir()
    path = folder / "wire.jsonl"
    lines = [
        jsonl_line("Harvest fair", "The harvest fair in Marrow drew crowds on Saturday."),
        jsonl_line(
            "Kettle letter",
            "Prime Minister Tomas Kettle sent a letter to President Alma Verhoeven on Monday.",
        ),
        jsonl_line("Bridge", "Engineers finished repairs on the stone bridge over the Marrow river."),
    ]
    path.write_text("".join(lines), encoding="utf-8")
    assert len(ingest(store, folder).ingested) == 3
    assert comm_parties(store) == {("letter", "e-tomas-kettle", ("e-alma-verhoeven",))}

    path.write_text(lines[0] + lines[2], encoding="utf-8")  # the letter is gone; the bridge moves to line 2
    summary = ingest(store, folder)

    assert summary.ingested == [f"{path}#2"] and summary.unchanged == [f"{path}#1"]
    assert summary.removed == [f"{path}#3"]
    assert [r["title"] for r in store.iter_reports()] == ["Harvest fair", "Bridge"]
    assert comm_parties(store) == set()


def test_an_unreadable_jsonl_file_keeps_its_reports(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "wire"
    folder.mkdir()
    path = folder / "wire.jsonl"
    path.write_text(jsonl_line("Bridge", "Engineers finished repairs on the stone bridge."), encoding="utf-8")
    ingest(store, folder)
    path.write_bytes(b"")  # emptied: an error for the file, not a reason to forget what it held
    summary = ingest(store, folder)
    assert summary.failed == [(str(path), "empty file")] and summary.removed == []
    assert store.count(reports) == 1
