"""Analysts' corrections (issue 12) on invented reports: each holds through re-ingest of unchanged and
changed files, relink, migration and a rebuild from scratch; an orphaned one is kept and reported;
undo; export/import moves them to another register and importing twice changes nothing."""

from __future__ import annotations

import csv
import json
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from lettertrace import corrections
from lettertrace.cli import app
from lettertrace.export.register_data import register_dict
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.link import relink
from lettertrace.models import Options
from lettertrace.store import REGISTER_TABLES, SCHEMA_VERSION, Store, open_store

runner = CliRunner(
    env={"COLUMNS": "250", "TERMINAL_WIDTH": "250", "NO_COLOR": "1", "LETTERTRACE_USER": "tester"}
)


def ingest(store: Store, corpus: Path) -> None:
    files, _skipped = list_inputs([corpus])
    summary = ingest_files(store, files, Options())
    assert not summary.failed, summary.failed


def run(db: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--db", str(db)], prog_name="lettertrace")
    return result.exit_code, result.output


def comms(store: Store) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in register_dict(store)["communications"]}


def by_kind(store: Store, kind: str) -> dict[str, Any]:
    (c,) = [c for c in comms(store).values() if c["kind"] == kind]
    return c


@pytest.fixture
def register(invented_corpus: Path, tmp_path: Path) -> Path:
    db = tmp_path / "r.db"
    ingest(open_store(db), invented_corpus)
    return db


def correct_all(db: Path) -> dict[str, str]:
    """One correction of each kind through the CLI; the ids of the letter, call and message."""
    store = open_store(db)
    ids = {k: by_kind(store, k)["id"] for k in ("letter", "call", "message")}
    assert (
        run(
            db,
            "correct",
            "sender",
            ids["letter"],
            "Ostrova",
            "--why",
            "the annex is signed by her",
            "--by",
            "ana",
        )[0]
        == 0
    )
    assert run(db, "correct", "date", ids["letter"], "2022-03", "--why", "dated March")[0] == 0
    assert run(db, "correct", "recipients", ids["message"], "Kettle", "Verhoeven", "--why", "to both")[0] == 0
    assert run(db, "correct", "reject", ids["call"], "--why", "the call was only planned")[0] == 0
    return ids


def assert_corrected(store: Store, ids: dict[str, str]) -> None:
    cs = comms(store)
    assert ids["call"] not in cs  # rejected: hidden from the export
    letter, message = cs[ids["letter"]], cs[ids["message"]]
    assert letter["sender"] == "e-ida-ostrova"
    assert letter["date"] == {"earliest": "2022-03-01", "latest": "2022-03-31", "precision": "month"}
    assert letter["date_basis"] == "corrected by tester: dated March"
    marks = {m["field"]: m for m in letter["corrected"]}
    assert marks["sender"]["by"] == "ana" and marks["sender"]["why"] == "the annex is signed by her"
    assert marks["sender"]["was"] == {"id": "e-alma-verhoeven", "name": "Alma Verhoeven"}
    assert marks["date"]["by"] == "tester" and marks["date"]["was"]["precision"] == "day"
    assert message["recipients"] == ["e-tomas-kettle", "e-alma-verhoeven"]
    assert [m["field"] for m in message["corrected"]] == ["recipients"]
    statuses = {c["kind"]: c["status"] for c in corrections.listing(store)}
    assert statuses == dict.fromkeys(("sender", "date", "recipients", "reject"), "applied")


def test_corrections_hold_through_reingest_relink_and_rebuild(
    register: Path, invented_corpus: Path, tmp_path: Path
) -> None:
    ids = correct_all(register)
    store = open_store(register)
    assert_corrected(store, ids)
    code, out = run(register, "show", ids["letter"])
    assert code == 0
    assert "CORRECTED sender by ana" in out and "replaced: Alma Verhoeven" in out
    assert "corrected" in run(register, "letters")[1]
    csv_dir = register.parent / "csv"
    assert run(register, "export", "--format", "csv", "--output", str(csv_dir))[0] == 0
    rows = {r["id"]: r for r in csv.DictReader((csv_dir / "letters.csv").open(encoding="utf-8-sig"))}
    assert (
        rows[ids["letter"]]["corrected"]
        == "sender by ana: the annex is signed by her | date by tester: dated March"
    )
    assert rows[ids["message"]]["corrected"] == "recipients by tester: to both"
    code, out = run(register, "export", "--format", "cmif")
    assert code == 0 and "Corrected sender by ana" in out
    code, out = run(register, "export", "--format", "graphml")
    assert code == 0 and "sender by ana: the annex is signed by her | date by tester: dated March" in out

    ingest(store, invented_corpus)  # unchanged files: nothing new, register as it was
    assert_corrected(store, ids)
    relink(store)
    assert_corrected(store, ids)

    # a changed report that is not the one corrected: re-ingested, relinked, corrections still hold
    festival = invented_corpus / "c_festival.txt"
    festival.write_text(
        festival.read_text(encoding="utf-8") + "\nThe mayor thanked the volunteers.\n", encoding="utf-8"
    )
    ingest(store, invented_corpus)
    assert_corrected(store, ids)

    # rebuild from scratch: the register tables emptied and rebuilt from the reports (the corrections table stays)
    with store.begin() as conn:
        conn.exec_driver_sql("DELETE FROM reports")
        for t in REGISTER_TABLES:
            conn.execute(t.delete())
    ingest(store, invented_corpus)
    assert_corrected(store, ids)

    # the same reports in another folder (other report ids): the communications and the corrections match
    moved = tmp_path / "moved"
    invented_corpus.rename(moved)
    other = open_store(tmp_path / "other.db")
    ingest(other, moved)
    data = corrections.export_data(store)
    assert corrections.import_data(other, data)["added"]
    assert_corrected(other, ids)


def test_correction_of_a_removed_or_changed_report_is_orphaned_and_kept(
    register: Path, invented_corpus: Path
) -> None:
    ids = correct_all(register)
    store = open_store(register)
    letter = invented_corpus / "a_letter.txt"
    letter.write_text(letter.read_text(encoding="utf-8").replace("on Monday", "on Tuesday"), encoding="utf-8")
    (invented_corpus / "b_call.txt").unlink()
    ingest(store, invented_corpus)
    relink(store)  # the removed file's report is still stored: a relink alone keeps the call rejected
    rows = {c["kind"]: c for c in corrections.listing(store)}
    assert rows["sender"]["status"] == rows["date"]["status"] == "orphaned"
    assert "changed or was removed" in rows["sender"]["note"]
    assert rows["recipients"]["status"] == "applied"
    code, out = run(register, "corrections", "--orphaned")
    assert code == 0
    assert "orphaned" in out and "dated March" in out and "to both" not in out
    code, out = run(register, "corrections")
    assert code == 0 and "to both" in out
    # the orphaned corrections changed nothing in the new letter
    letter_now = by_kind(store, "letter")
    assert letter_now["sender"] == "e-alma-verhoeven" and "corrected" not in letter_now
    assert ids["message"] in comms(store)


def test_merge_entities_and_sender_by_the_merged_name(register: Path) -> None:
    store = open_store(register)
    letter = by_kind(store, "letter")["id"]
    code, out = run(register, "correct", "merge-entities", "Kettle", "Ostrova", "--why", "one person (test)")
    assert code == 0, out
    ents = {e["id"]: e for e in register_dict(store)["entities"]}
    assert "e-ida-ostrova" not in ents
    assert "Ida Ostrova" in ents["e-tomas-kettle"]["aliases"]
    assert ents["e-tomas-kettle"]["corrected"][0]["field"] == "merged"
    # the marks are in the shipped schema: an export with corrected records validates
    assert run(register, "correct", "date", letter, "2022", "--why", "the year only")[0] == 0
    schema = json.loads(
        resources.files("lettertrace").joinpath("schema/export.schema.json").read_text("utf-8")
    )
    export = register_dict(store)
    jsonschema.Draft202012Validator(schema).validate(export)
    assert comms(store)[letter]["corrected"][0]["was"]["precision"] == "day"
    # a correction naming the merged entity resolves to the one it joined, after a relink too
    assert run(register, "correct", "sender", letter, "e-tomas-kettle", "--why", "test")[0] == 0
    relink(store)
    cs = comms(store)
    assert cs[letter]["sender"] == "e-tomas-kettle"
    assert all("e-ida-ostrova" not in (c["sender"], *c["recipients"]) for c in cs.values())


def test_undo_brings_back_the_extracted_value_and_keeps_the_correction(register: Path) -> None:
    store = open_store(register)
    call = by_kind(store, "call")["id"]
    letter = by_kind(store, "letter")["id"]
    assert run(register, "correct", "reject", call, "--why", "planned only")[0] == 0
    assert run(register, "correct", "sender", letter, "Kettle", "--why", "test")[0] == 0
    assert call not in comms(store)
    rows = corrections.listing(store)
    code, out = run(register, "corrections", "undo", str(rows[0]["id"]))
    assert code == 0, out
    assert call in comms(store)
    assert comms(store)[letter]["sender"] == "e-tomas-kettle"  # the other correction still holds
    rows = corrections.listing(store)
    assert [r["status"] for r in rows] == ["undone", "applied"] and rows[0]["undone_by"] == "tester"
    assert run(register, "corrections", "undo", str(rows[0]["id"]))[0] == 2  # undone already
    assert run(register, "corrections", "undo", "99")[0] == 2


def test_export_import_is_idempotent_and_lists_conflicts(
    register: Path, invented_corpus: Path, tmp_path: Path
) -> None:
    ids = correct_all(register)
    fixes = tmp_path / "fixes.json"
    assert run(register, "corrections", "export", str(fixes))[0] == 0
    data = json.loads(fixes.read_text(encoding="utf-8"))
    assert data["format"] == "lettertrace-corrections/1" and len(data["corrections"]) == 4

    other_db = tmp_path / "other.db"
    other = open_store(other_db)
    ingest(other, invented_corpus)
    code, out = run(other_db, "corrections", "import", str(fixes))
    assert code == 0 and "4 added" in out
    assert_corrected(other, ids)
    before = corrections.listing(other)
    code, out = run(other_db, "corrections", "import", str(fixes))
    assert code == 0 and "0 added" in out and "4 already here" in out
    assert corrections.listing(other) == before
    # importing into the register they came from changes nothing either
    assert "0 added" in run(register, "corrections", "import", str(fixes))[1]

    # a correction that sets the same field to another value is a conflict: listed, not imported
    clash = json.loads(fixes.read_text(encoding="utf-8"))
    sender = next(c for c in clash["corrections"] if c["kind"] == "sender")
    sender["payload"]["value"] = {"entity": {"name": "Tomas Kettle", "id": "e-tomas-kettle"}}
    sender["who"] = "bob"
    fixes.write_text(json.dumps(clash), encoding="utf-8")
    result = runner.invoke(app, ["corrections", "import", str(fixes), "--db", str(other_db)])
    assert result.exit_code == 1
    assert "1 conflicts" in result.stdout and "conflict: sender by bob" in result.stderr
    assert corrections.listing(other) == before

    # an undo moves too
    undo_id = next(c["id"] for c in corrections.listing(open_store(register)) if c["kind"] == "reject")
    assert run(register, "corrections", "undo", str(undo_id))[0] == 0
    assert run(register, "corrections", "export", str(fixes))[0] == 0
    code, out = run(other_db, "corrections", "import", str(fixes))
    assert code == 0 and "1 undone" in out
    assert ids["call"] in comms(other)


def test_corrections_need_a_reason_and_real_targets(register: Path) -> None:
    store = open_store(register)
    letter = by_kind(store, "letter")["id"]
    assert run(register, "correct", "sender", letter, "Kettle", "--why", "  ")[0] == 2
    assert run(register, "correct", "sender", letter, "Kettle")[0] == 2  # --why is required
    assert run(register, "correct", "sender", "c-0000000000", "Kettle", "--why", "x")[0] == 2
    assert run(register, "correct", "sender", letter, "Nobody Atall", "--why", "x")[0] == 2
    assert run(register, "correct", "date", letter, "2022-13", "--why", "x")[0] == 2
    assert run(register, "correct", "date", letter, "2022-05", "2022-04", "--why", "x")[0] == 2
    assert run(register, "correct", "merge-entities", "Kettle", "Kettle", "--why", "x")[0] == 2
    assert corrections.listing(store) == []
    code, out = run(register, "correct", "sender", letter, "unknown", "--why", "the report does not say")
    assert code == 0, out
    assert comms(store)[letter]["sender"] is None


def test_who_comes_from_by_then_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LETTERTRACE_USER", "env-user")
    assert corrections.who_default("  ana ") == "ana"
    assert corrections.who_default(None) == "env-user"
    monkeypatch.delenv("LETTERTRACE_USER")
    assert corrections.who_default(None)


def test_a_register_of_schema_3_migrates_and_keeps_its_data(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    open_store(db)
    with sqlite3.connect(db) as con:  # back to version 3: no corrections table
        con.execute("DROP TABLE corrections")
        con.execute("DELETE FROM schema_version WHERE version >= 4")
        con.execute(
            "INSERT INTO reports (id, source, sha256, fmt, raw_text, clean_text, offsets, meta, extraction, ingested_at) VALUES ('r1', 's', 'x', 'txt', '', '', '[]', '{}', '{}', 'now')"
        )
    store = open_store(db)
    assert store.count(corrections.corrections) == 0
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION == 8
        assert con.execute("SELECT count(*) FROM reports").fetchone()[0] == 1


CORRECT_MANY = """
import sys
from lettertrace import corrections
from lettertrace.store import open_store
store = open_store(sys.argv[1])
with store.connect() as conn:
    target = {"comm": corrections.comm_key(conn, sys.argv[2])}
for n in range(8):
    corrections.add(store, "date", target, {"earliest": "2022-03-01", "latest": "2022-03-31", "precision": "month"},
                    f"run {sys.argv[3]} #{n}", by=sys.argv[3])
"""


def test_two_processes_correcting_at_once_keep_both(register: Path) -> None:
    import subprocess
    import sys

    letter = by_kind(open_store(register), "letter")["id"]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CORRECT_MANY, str(register), letter, who], stderr=subprocess.PIPE
        )
        for who in ("ana", "bob")
    ]
    for p in procs:
        _out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    rows = corrections.listing(open_store(register))
    assert sorted(r["who"] for r in rows) == ["ana"] * 8 + ["bob"] * 8
    assert {r["status"] for r in rows} == {"applied"}
