"""The register file: migrations, WAL mode, one transaction per report, round trips (real SQLite files)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report
from lettertrace.store import (
    READABLE_VIEWS,
    REGISTER_TABLES,
    SCHEMA_VERSION,
    Store,
    StoreError,
    open_store,
    report_id_for,
    reports,
)

LETTER = (
    "Verhoeven writes to Kettle\n\n"
    "March 3, 2022\n\n"
    "President Alma Verhoeven of Freedonia sent a letter to Prime Minister Tomas Kettle on Monday, "
    "urging talks.\n\n"
    '"Our rivers should carry grain, not soldiers," Verhoeven wrote in the letter.\n'
)


def raw_report(source: str, body: str = LETTER) -> RawReport:
    return RawReport(
        source=source, sha256=hashlib.sha256(body.encode()).hexdigest(), raw_text=body, fmt="txt"
    )


def versions(db: Path) -> list[int]:
    with sqlite3.connect(db) as con:
        return [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version")]


def sqlite_objects(db: Path) -> dict[str, str]:
    """Name -> CREATE statement of every table in the file."""
    with sqlite3.connect(db) as con:
        return {
            name: sql or ""
            for name, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        }


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "register.db"


@pytest.fixture
def store(db: Path) -> Store:
    return open_store(db)


# ---------------------------------------------------------------- migrations


def test_fresh_register_is_at_schema_version_5_with_search_corrections_and_query_tables(
    store: Store, db: Path
) -> None:
    assert SCHEMA_VERSION == 8
    assert versions(db) == [1, 2, 3, 4, 5, 6, 7, 8]
    objects = sqlite_objects(db)
    tables = {"reports", "schema_version", "search_fts", "corrections", "comm_parties"}
    assert {t.name for t in REGISTER_TABLES} | tables <= set(objects)
    assert "corrections" not in {t.name for t in REGISTER_TABLES}  # a relink never empties it
    assert "fts5" in objects["search_fts"].lower()
    with store.connect() as conn:  # the FTS table answers queries
        assert (
            conn.execute(text("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'letter'")).scalar_one()
            == 0
        )


def test_reopening_migrates_nothing_twice(store: Store, db: Path) -> None:
    open_store(db)
    open_store(db)
    assert versions(db) == [1, 2, 3, 4, 5, 6, 7, 8]


def test_version_1_register_is_migrated_and_keeps_its_reports(db: Path) -> None:
    open_store(db).save_report(process_report(raw_report("old/a.txt"), Options()))
    with sqlite3.connect(db) as con:  # turn the file back into a version-1 register
        con.execute("DROP TABLE search_fts")
        con.execute("DROP TABLE corrections")
        for view in READABLE_VIEWS:
            con.execute(f"DROP VIEW {view}")
        con.execute("DELETE FROM schema_version WHERE version >= 2")
    assert versions(db) == [1]
    store = open_store(db)
    assert versions(db) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert {"search_fts", "corrections", "comm_parties"} <= set(sqlite_objects(db))
    assert store.report_state("old/a.txt") == raw_report("old/a.txt").sha256


def test_newer_register_is_refused_with_a_clear_error(store: Store, db: Path) -> None:
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION + 1,))
    with pytest.raises(
        StoreError,
        match=rf"schema v{SCHEMA_VERSION + 1} is newer than this lettertrace \(v{SCHEMA_VERSION}\)",
    ):
        open_store(db)
    assert versions(db) == [1, 2, 3, 4, 5, 6, 7, 8, 9]  # left as it was


def test_a_file_that_is_not_a_register_is_refused(db: Path) -> None:
    db.write_bytes(b"this is not an SQLite file, just some words written by a test\n" * 20)
    with pytest.raises(StoreError, match="cannot open register"):
        open_store(db)


def test_register_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open register"):
        open_store(tmp_path / "no" / "such" / "folder" / "register.db")


# ---------------------------------------------------------------- WAL and transactions


def test_wal_mode_is_on(store: Store, db: Path) -> None:
    with store.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    with sqlite3.connect(db) as con:  # WAL is a property of the file, seen by any other client
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_reader_sees_committed_data_while_a_write_is_open(store: Store, db: Path) -> None:
    store.save_report(process_report(raw_report("news/a.txt"), Options()))
    with store.begin() as conn:
        conn.execute(reports.delete())
        with sqlite3.connect(db, timeout=0.1) as reader:  # WAL: readers are not blocked by the writer
            assert reader.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    assert store.count(reports) == 0


def test_transaction_rolls_back_on_error(store: Store) -> None:
    store.save_report(process_report(raw_report("news/a.txt"), Options()))
    with pytest.raises(RuntimeError, match="stop here"), store.begin() as conn:
        conn.execute(reports.delete())
        raise RuntimeError("stop here")
    assert store.count(reports) == 1


# ---------------------------------------------------------------- reports


def test_report_ids_are_stable_and_distinct() -> None:
    assert report_id_for("news/a.txt") == report_id_for("news/a.txt")
    assert report_id_for("news/a.txt") != report_id_for("news/b.txt")
    assert re.fullmatch(r"r[0-9a-f]{12}", report_id_for("news/a.txt"))


def test_saved_report_loads_back_equal(store: Store) -> None:
    processed = process_report(raw_report("news/a.txt"), Options())
    assert processed.extraction.communications, "the made-up letter should be extracted"
    rid = store.save_report(processed)
    loaded = store.load_report(rid)
    assert loaded is not None
    # the reports table keeps one title and one date: what the text says, else what the file's metadata says
    meta, raw = processed.meta, processed.raw
    assert (meta.title, meta.published) == ("Verhoeven writes to Kettle", dt.date(2022, 3, 3))
    assert loaded.raw == dataclasses.replace(
        raw, title=meta.title or raw.title, published=meta.published or raw.published
    )
    assert loaded.meta == processed.meta
    assert loaded.extraction == processed.extraction
    assert (loaded.clean.text, loaded.clean.offsets) == (processed.clean.text, processed.clean.offsets)


def test_saving_the_same_source_again_replaces_it(store: Store) -> None:
    store.save_report(process_report(raw_report("news/a.txt"), Options()))
    changed = LETTER.replace("on Monday", "on Tuesday")
    rid = store.save_report(process_report(raw_report("news/a.txt", changed), Options()))
    assert store.count(reports) == 1
    assert store.report_state("news/a.txt") == raw_report("news/a.txt", changed).sha256
    loaded = store.load_report(rid)
    assert loaded is not None and "on Tuesday" in loaded.clean.text


def test_unknown_report(store: Store) -> None:
    assert store.report_state("news/never-seen.txt") is None
    assert store.load_report(report_id_for("news/never-seen.txt")) is None


# ---------------------------------------------------------------- linking state


def test_saving_a_report_marks_the_register_for_linking(store: Store) -> None:
    assert not store.needs_link()
    store.save_report(process_report(raw_report("news/a.txt"), Options()))
    assert store.needs_link()
    assert open_store(store.engine.url.database or "").needs_link()  # kept in the file, seen by the next run
    store.mark_linked()
    assert not store.needs_link()


def test_a_failed_save_leaves_the_linking_state_alone(store: Store) -> None:
    store.save_report(process_report(raw_report("news/a.txt"), Options()))
    store.mark_linked()
    broken = process_report(raw_report("news/b.txt"), Options())
    with pytest.raises(IntegrityError):
        store.save_report(dataclasses.replace(broken, raw=dataclasses.replace(broken.raw, fmt=None)))  # type: ignore[arg-type]
    assert not store.needs_link()
    assert store.count(reports) == 1
