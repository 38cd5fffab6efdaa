"""The CSV export's tables (issue 11, item 9): every report id resolves in reports.csv, each evidence span
and date span of every letter is a row of evidence.csv with the words it covers, demands.csv holds every
demand, letters.csv says how each date was worked out, and each file starts with a UTF-8 byte order mark
so that a spreadsheet reads non-ASCII names as they are."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from lettertrace.export import run_export
from lettertrace.export.register_data import register_dict
from lettertrace.query import report_texts
from lettertrace.store import open_store

BOM = b"\xef\xbb\xbf"


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def exported(dev_register: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("csv")
    run_export("csv", open_store(dev_register), out)
    return out, register_dict(open_store(dev_register))


def test_every_file_starts_with_a_byte_order_mark(exported: tuple[Path, dict[str, Any]]) -> None:
    out, _ = exported
    files = sorted(out.glob("*.csv"))
    assert len(files) == 6
    for f in files:
        raw = f.read_bytes()
        assert raw.startswith(BOM), f.name
        assert not raw[3:].startswith(BOM), f.name  # once


def test_non_ascii_names_read_back_whole(exported: tuple[Path, dict[str, Any]]) -> None:
    out, reg = exported
    forms = {e["id"]: " | ".join(e["aliases"]) for e in reg["entities"]}
    assert any(not f.isascii() for f in forms.values())  # curly apostrophes, accents
    assert {r["id"]: r["aliases"] for r in read(out / "entities.csv")} == forms


def test_every_report_id_resolves_in_reports_csv(exported: tuple[Path, dict[str, Any]]) -> None:
    out, reg = exported
    reports = {r["id"]: r for r in read(out / "reports.csv")}
    assert set(reports) == {d["id"] for d in reg["documents"]}
    cited = {rid for row in read(out / "letters.csv") for rid in row["reports"].split(" | ") if rid}
    cited |= {row["document"] for row in read(out / "quotes.csv")}
    assert cited and cited <= set(reports)
    for d in reg["documents"]:
        row = reports[d["id"]]
        assert (row["title"], row["source"], row["published"]) == (
            d["title"] or "",
            d["source"],
            d["published"] or "",
        )


def test_evidence_csv_holds_every_span_with_its_words(
    exported: tuple[Path, dict[str, Any]], dev_register: Path
) -> None:
    out, reg = exported
    texts = report_texts(open_store(dev_register))
    rows = read(out / "evidence.csv")
    got = {(r["communication"], r["document"], r["what"], int(r["start"]), int(r["end"])) for r in rows}
    want = set()
    for c in reg["communications"]:
        for ev in c["evidence"]:
            want |= {(c["id"], ev["document"], "mention", sp["start"], sp["end"]) for sp in ev["spans"]}
            if ev["date"].get("span"):
                sp = ev["date"]["span"]
                want.add((c["id"], ev["document"], "date", sp["start"], sp["end"]))
    assert got == want
    assert {"mention", "date"} == {r["what"] for r in rows}
    for r in rows:
        assert r["text"] == texts[r["document"]][int(r["start"]) : int(r["end"])]
        assert r["text"].strip()


def test_demands_csv_holds_every_demand(exported: tuple[Path, dict[str, Any]]) -> None:
    out, reg = exported
    rows = read(out / "demands.csv")
    want = [
        (c["id"], d["document"], d["start"], d["end"], d["text"])
        for c in reg["communications"]
        for d in c["demands"]
    ]
    assert want
    assert [
        (r["communication"], r["document"], int(r["start"]), int(r["end"]), r["text"]) for r in rows
    ] == want


def test_letters_csv_says_how_each_date_was_worked_out(exported: tuple[Path, dict[str, Any]]) -> None:
    out, reg = exported
    by_id = {c["id"]: c for c in reg["communications"]}
    rows = read(out / "letters.csv")
    for r in rows:
        c = by_id[r["id"]]
        assert r["date_basis"] == (c["date_basis"] or "")
        assert r["date_inferred"] == str(int(bool(c["date_inferred"])))
    assert {r["date_inferred"] for r in rows} == {"0", "1"}
