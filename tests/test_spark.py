"""The Spark job in local mode (local[2]) on invented reports in a WARC and a JSONL file: its facts load
into the register local ingest of the same files builds (JSON export compared byte for byte), every
worker loads spaCy once, bad records are error rows and the job goes on. Skipped where Spark cannot run
(no pyspark or pyarrow, or no Java 17+): `make test` installs the extra where Java 17+ is found."""

from __future__ import annotations

import html
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import FLAGGED_REPORTS, INVENTED_REPORTS
from lettertrace.spark import unavailable

WHY_NOT = unavailable()
pytestmark = pytest.mark.skipif(WHY_NOT is not None, reason=f"Spark cannot run here: {WHY_NOT}")

# A report that takes well over BUDGET seconds (300 calls: 2.5 s here), while each of the others takes
# some 20 ms, under the budget whatever else the machine runs.
LONG_REPORT = "\n\n".join([INVENTED_REPORTS["b_call.txt"]] * 300)
BUDGET = 0.8


def _page(text: str) -> bytes:
    head, *paragraphs = text.split("\n\n")
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{html.escape(head)}</title></head><body><nav>Home | World | Sport</nav>"
        f"<h1>{html.escape(head)}</h1>{body}<footer>All rights reserved.</footer></body></html>"
    ).encode()


def _write_warc(path: Path, pages: dict[str, str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for name, text in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
            url = f"https://news.example/{name}"
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(_page(text)), http_headers=headers
                )
            )


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """news.warc.gz: the invented and flagged reports as web pages (two tell of one letter); dump.jsonl:
    two of them again (the same words) and a line that is no JSON; empty.warc: no HTML record."""
    folder = tmp_path_factory.mktemp("archives")
    _write_warc(folder / "news.warc.gz", {**INVENTED_REPORTS, **FLAGGED_REPORTS})
    _write_warc(folder / "empty.warc", {})
    lines = [
        json.dumps({"text": INVENTED_REPORTS[n], "url": f"https://wire.example/{n}"})
        for n in ("a_letter.txt", "d_message.txt")
    ]
    (folder / "dump.jsonl").write_text("\n".join([*lines, "not json"]) + "\n", encoding="utf-8")
    (folder / "long.jsonl").write_text(json.dumps({"text": LONG_REPORT}) + "\n", encoding="utf-8")
    return folder


def _inputs(folder: Path) -> list[str]:
    return [str(folder / n) for n in ("news.warc.gz", "dump.jsonl", "empty.warc")]


@pytest.fixture(scope="module")
def spark() -> Any:
    from lettertrace.spark import job

    session = job.session("local[2]", **{"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "4"})
    yield session
    session.stop()


@pytest.fixture(scope="module")
def run(spark: Any, archives: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    from lettertrace.models import Options
    from lettertrace.spark import job

    out = tmp_path_factory.mktemp("facts") / "facts"
    return job.run_job(spark, _inputs(archives), str(out), Options()), out


def _table(folder: Path, table: str) -> list[dict[str, Any]]:
    from lettertrace.spark.facts import SCHEMAS
    from lettertrace.spark.load import rows

    return list(rows(folder, table, [c.split(" ")[0].strip("`") for c in SCHEMAS[table].split(", ")]))


def test_loaded_facts_export_what_local_ingest_exports(
    run: tuple[Any, Path], archives: Path, tmp_path: Path
) -> None:
    from lettertrace.export.json_export import export_json
    from lettertrace.ingest import ingest_files
    from lettertrace.models import Options
    from lettertrace.spark.load import load_facts
    from lettertrace.store import open_store

    summary, facts = run
    local = open_store(tmp_path / "local.db")
    ingested = ingest_files(local, [Path(p) for p in _inputs(archives)], Options())
    spark_store = open_store(tmp_path / "spark.db")
    loaded = load_facts(spark_store, facts)
    assert sorted(loaded.ingested) == sorted(ingested.ingested) and len(loaded.ingested) == 10
    assert sorted(loaded.failed) == sorted(ingested.failed) and len(loaded.failed) == 2
    local_json, spark_json = export_json(local, None), export_json(spark_store, None)
    assert local_json == spark_json
    register = json.loads(str(spark_json))
    assert len(register["communications"]) >= 5
    assert any(len({m["document"] for m in c["mentions"]}) > 1 for c in register["communications"])
    again = load_facts(spark_store, facts)  # the same facts again: nothing changes
    assert not again.ingested and len(again.unchanged) == 10 and export_json(spark_store, None) == spark_json


def test_each_worker_loads_spacy_once_and_bad_records_are_rows(run: tuple[Any, Path], archives: Path) -> None:
    summary, facts = run
    assert summary.reports == 10 and summary.error_count == 2 and summary.ok is False
    working = [w for w in summary.workers.values() if w["records"]]
    assert working and all(w["loads"] == 1 for w in working)
    assert (
        sum(w["records"] for w in working) == 12
        and sum(w["partitions"] for w in summary.workers.values()) == 8
    )
    errors = sorted((e["source"], e["stage"], e["reason"]) for e in _table(facts, "errors"))
    assert errors == [
        (f"{archives}/dump.jsonl#3", "read", "line 3: not valid JSON"),
        (f"{archives}/empty.warc", "read", "no HTML response records in WARC"),
    ]


def test_flat_tables_hold_the_facts_the_register_cites(run: tuple[Any, Path], tmp_path: Path) -> None:
    from sqlalchemy import select

    from lettertrace.spark.load import load_facts
    from lettertrace.store import comm_mentions, open_store, quotes, reports

    _summary, facts = run
    store = open_store(tmp_path / "r.db")
    load_facts(store, facts)
    with store.connect() as conn:
        mentions = {(m.report_id, m.local_idx) for m in conn.execute(select(comm_mentions))}
        quote_ids = set(conn.execute(select(quotes.c.id)).scalars())
        clean = {r.id: r.clean_text for r in conn.execute(select(reports.c.id, reports.c.clean_text))}
    comms = _table(facts, "communications")
    assert {(c["report_id"], c["local_idx"]) for c in comms} == mentions and len(comms) == len(mentions)
    assert {q["id"] for q in _table(facts, "quotes")} == quote_ids and quote_ids
    spans = _table(facts, "mentions")
    assert spans and all(clean[s["report_id"]][s["start"] : s["end"]] == s["text"] for s in spans)
    months = {r["month"] for r in _table(facts, "reports")}
    assert {"2022-03", "2024-05"} <= months


def test_a_slice_of_the_facts_loads_alone(run: tuple[Any, Path], tmp_path: Path) -> None:
    from lettertrace.spark.load import load_facts
    from lettertrace.store import open_store

    _summary, facts = run
    reports = _table(facts, "reports")
    said = {r["id"] for r in reports if r["communications"] or r["quotes"]}
    march = {r["id"] for r in reports if r["month"] == "2022-03"}
    assert said and march and len(said) < len(reports) and len(march) < len(reports)
    for name, kwargs, expected in (
        ("said", {"with_facts": True}, said),
        ("march", {"months": ["2022-03"]}, march),
    ):
        store = open_store(tmp_path / f"{name}.db")
        loaded = load_facts(store, facts, **kwargs)
        assert {r["id"] for r in store.iter_reports("id")} == expected and len(loaded.ingested) == len(
            expected
        )


def test_uris_go_through_hadoop_filesystems(spark: Any, archives: Path, tmp_path: Path) -> None:
    from lettertrace.models import Options
    from lettertrace.spark import job

    summary = job.run_job(
        spark, [f"file://{archives}/*.jsonl"], str(tmp_path / "facts"), Options(max_seconds=BUDGET)
    )
    sources = sorted(r["source"] for r in _table(tmp_path / "facts", "reports"))
    assert sources == [f"file:{archives}/dump.jsonl#1", f"file:{archives}/dump.jsonl#2"]
    errors = sorted((e["source"], e["stage"], e["reason"][:13]) for e in _table(tmp_path / "facts", "errors"))
    assert errors == [
        (f"file:{archives}/dump.jsonl#3", "read", "line 3: not v"),
        (
            f"file:{archives}/long.jsonl#1",
            "process",
            "stopped after",
        ),  # over its budget: a row, not a failed job
    ]
    assert summary.reports == 2 and summary.error_count == 2


def test_the_commands(spark: Any, archives: Path, tmp_path: Path) -> None:
    from lettertrace.cli import app

    runner = CliRunner(env={"COLUMNS": "250", "NO_COLOR": "1"})
    out, db = tmp_path / "facts", tmp_path / "r.db"
    args = ["spark", str(archives / "dump.jsonl"), "--output", str(out), "--master", "local[2]"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert f"error: {archives}/dump.jsonl#3: line 3: not valid JSON" in result.output
    assert f"read 1 file: 2 reports, 1 errors -> {out}" in result.output
    again = runner.invoke(app, args)
    assert again.exit_code == 2 and "is not empty (add --overwrite" in again.output
    loaded = runner.invoke(app, ["load-facts", str(out), "--db", str(db)])
    assert loaded.exit_code == 1 and f"loaded 2, unchanged 0, failed 1 -> {db}" in loaded.output
    letters = runner.invoke(app, ["letters", "--db", str(db)])
    assert letters.exit_code == 0 and "Verhoeven" in letters.output
    bad_month = runner.invoke(
        app, ["load-facts", str(out), "--db", str(tmp_path / "x.db"), "--month", "2022-3"]
    )
    assert bad_month.exit_code == 2 and "--month '2022-3' is not YYYY-MM or unknown" in bad_month.output
    missing = runner.invoke(app, ["load-facts", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert missing.exit_code == 2 and "holds no finished 'reports' table" in missing.output
    assert not (tmp_path / "x.db").exists()
