"""The Spark job's pieces that need no Spark: fact rows, the per-partition run, readers on Hadoop bytes,
input lists and the availability check (tests/test_spark.py runs the job itself, where Spark can run)."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from conftest import INVENTED_REPORTS
from lettertrace import link
from lettertrace.models import Options, ProcessedReport, ReadError
from lettertrace.pipeline import process_report
from lettertrace.read import read_path
from lettertrace.spark import facts, java_version, job, unavailable
from lettertrace.store import open_store, processed_from_row, quotes, reports

# A report that takes well over BUDGET seconds (thirty calls, each a sentence spaCy parses). The budget
# is not far smaller: an alarm that rings before time_budget's ``try`` begins would outlive the report.
LONG_REPORT = "\n\n".join([INVENTED_REPORTS["b_call.txt"]] * 30)
BUDGET = 0.05


def _processed(tmp_path: Path, name: str) -> ProcessedReport:
    path = tmp_path / name
    path.write_text(INVENTED_REPORTS[name], encoding="utf-8")
    (raw,) = list(read_path(path, Options()))
    assert not isinstance(raw, ReadError)
    return process_report(raw, Options())


def test_report_columns_are_the_register_s() -> None:
    assert facts.REPORT_COLUMNS == tuple(c.name for c in reports.columns)


def test_the_reports_row_saves_as_the_report_itself(tmp_path: Path) -> None:
    rep = _processed(tmp_path, "a_letter.txt")
    tables = facts.report_facts(rep, "news.warc", 0.5)
    (row,) = tables["reports"]
    ex = rep.extraction
    said = len(ex.quotes) + len(ex.paraphrases)
    assert row[len(facts.REPORT_COLUMNS) :] == ("news.warc", 0.5, len(ex.communications), said, "2022-03")
    direct, via_facts = open_store(tmp_path / "direct.db"), open_store(tmp_path / "facts.db")
    direct.save_report(rep)
    via_facts.save_report(processed_from_row(dict(zip(facts.REPORT_COLUMNS, row, strict=False))))
    a, b = next(direct.iter_reports()), next(via_facts.iter_reports())
    a.pop("ingested_at"), b.pop("ingested_at")
    assert a == b


def test_flat_rows_carry_the_register_keys_and_the_cited_words(tmp_path: Path) -> None:
    rep = _processed(tmp_path, "a_letter.txt")
    tables = facts.report_facts(rep, "a_letter.txt", 0.1)
    comms = tables["communications"]
    assert [c[2] for c in comms] == ["letter"] and comms[0][3] == "Alma Verhoeven"
    assert comms[0][5] == ["Tomas Kettle"] and comms[0][1] == 0
    for _rid, idx, _n, start, end, raw_start, raw_end, text, month in tables["mentions"]:
        assert idx == 0 and month == "2022-03"
        assert text == rep.clean.text[start:end]
        assert rep.raw.raw_text[raw_start:raw_end] == text  # plain text: the raw span holds the same words
    assert any("sent a letter to Prime Minister" in m[7] for m in tables["mentions"])
    names = {e[1] for e in tables["entities"]}
    assert {"Alma Verhoeven", "Tomas Kettle"} <= names
    store = open_store(tmp_path / "r.db")
    store.save_report(rep)
    link.relink(store)
    with store.connect() as conn:
        register_ids = set(conn.execute(quotes.select().with_only_columns(quotes.c.id)).scalars())
    assert {q[0] for q in tables["quotes"]} == register_ids and register_ids


def test_a_partition_yields_rows_errors_and_its_worker(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({"text": INVENTED_REPORTS["b_call.txt"]}), "not json"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = [(str(path), rec) for rec in read_path(path, Options())]
    out = list(job.process_partition(items, Options()))
    assert all(len(r) == 7 for r in out)  # report, four lists, error, worker (facts.RECORD_DDL)
    report, error, worker = out
    assert report[0][1] == f"{path}#1" and report[1] and report[5] is None
    assert error[0] is None and error[5] == (f"{path}#2", str(path), "read", "line 2: not valid JSON")
    pid, loads, records, done, seconds, cpu_seconds, peak_mb = worker[6]
    assert (pid, loads, records, done) == (os.getpid(), 1, 2, 1) and seconds > 0 and cpu_seconds > 0
    assert peak_mb > 50


def test_a_report_over_its_time_budget_is_an_error_row(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"text": LONG_REPORT}) + "\n", encoding="utf-8")
    items = [(str(path), rec) for rec in read_path(path, Options())]
    first, worker = job.process_partition(items, Options(max_seconds=BUDGET))
    source, file, stage, reason = first[5]
    assert (source, file, stage) == (f"{path}#1", str(path), "process") and reason.startswith("stopped after")
    assert worker[6][3] == 0


def test_bytes_from_a_hadoop_filesystem_are_read_under_their_uri(tmp_path: Path) -> None:
    data = (json.dumps({"text": INVENTED_REPORTS["a_letter.txt"]}) + "\nnot json\n").encode()
    uri = "hdfs://namenode/crawl/dump.jsonl"
    got = list(job.read_bytes((uri, data), Options()))
    assert [f for f, _ in got] == [uri, uri]
    assert got[0][1].source == f"{uri}#1" and isinstance(got[1][1], ReadError)
    assert got[1][1].source == f"{uri}#2"
    assert list(job.read_bytes(("hdfs://namenode/crawl/notes.txt", b"text"), Options())) == []


def test_inputs_split_into_local_archives_uris_skipped_and_missing(tmp_path: Path) -> None:
    (tmp_path / "a.warc.gz").write_bytes(b"x")
    (tmp_path / "b.jsonl").write_text("{}\n")
    (tmp_path / "c.txt").write_text("text")
    local, uris, summary = job.split_inputs(
        [str(tmp_path), "s3a://bucket/crawl/", str(tmp_path / "gone.warc")]
    )
    assert local == [(str(tmp_path / n), str(tmp_path / n)) for n in ("a.warc.gz", "b.jsonl")]
    assert uris == ["s3a://bucket/crawl/"]
    assert [p for p, _ in summary.skipped] == [str(tmp_path / "c.txt")]
    assert summary.missing == [str(tmp_path / "gone.warc")]
    assert job.is_uri("file:///tmp/x.warc") and not job.is_uri("crawl/x.warc") and not job.is_uri("C:/x")


def _fake_java(folder: Path, version: str) -> Path:
    (folder / "bin").mkdir(parents=True)
    java = folder / "bin" / "java"
    java.write_text(f"#!/bin/sh\necho 'openjdk version \"{version}\" 2020-01-01' >&2\n")
    java.chmod(0o755)
    return folder


def test_java_version_and_why_spark_cannot_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAVA_HOME", str(_fake_java(tmp_path / "old", "1.8.0_392")))
    assert java_version() == 8
    no_pyspark = importlib.util.find_spec("pyspark") is None or importlib.util.find_spec("pyarrow") is None
    reason = unavailable()
    assert reason is not None
    assert (
        ("not installed" in reason)
        if no_pyspark
        else (reason == "Java 8 found, Spark needs Java 17 or newer")
    )
    monkeypatch.setenv("JAVA_HOME", str(_fake_java(tmp_path / "new", "21.0.2")))
    assert java_version() == 21
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "none"))
    assert java_version() is None
    if not no_pyspark:
        assert unavailable(need_java=False) is None
        assert "no Java found" in str(unavailable())
