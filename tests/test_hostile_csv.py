"""CSV exports of untrusted text (issue 14): cells a spreadsheet would run as formulas are neutralised."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lettertrace.cli import app
from lettertrace.export.csv_export import FORMULA_STARTS, neutralise, to_csv

runner = CliRunner()
# What a report, an alias list or a crafted page could put in the register: each a formula when opened.
HOSTILE = [
    '=HYPERLINK("http://evil.example","click")',
    "@SUM(1+1)",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "=",
    "\t=1+2",
]


@pytest.fixture
def formula_register(hostile_register: Path, tmp_path: Path) -> Path:
    """A copy of the hostile register whose entity names, aliases and quotes start like formulas."""
    db = tmp_path / "formulas.db"
    with sqlite3.connect(hostile_register) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
    con = sqlite3.connect(db)
    senders = [
        r[0] for r in con.execute("SELECT DISTINCT sender FROM communications WHERE sender IS NOT NULL")
    ]
    assert senders, "the hostile register has no communication with a sender"
    ids = [r[0] for r in con.execute("SELECT id FROM entities ORDER BY id")]
    for n, eid in enumerate([*senders, *(i for i in ids if i not in senders)]):
        con.execute("UPDATE entities SET name = ? WHERE id = ?", (HOSTILE[n % len(HOSTILE)], eid))
        con.execute("INSERT INTO aliases (entity_id, alias, akind) VALUES (?, '=', 'name')", (eid,))
    quotes = [r[0] for r in con.execute("SELECT id FROM quotes")]
    assert quotes, "the hostile register has no quote"
    for n, qid in enumerate(quotes):
        con.execute("UPDATE quotes SET text = ? WHERE id = ?", (HOSTILE[(n + 2) % len(HOSTILE)], qid))
    con.commit()
    con.close()
    return db


def export(db: Path, folder: Path, *extra: str) -> dict[str, list[list[str]]]:
    """Every CSV file the export writes, parsed."""
    result = runner.invoke(
        app, ["export", "--db", str(db), "--format", "csv", "--output", str(folder), *extra]
    )
    assert result.exit_code == 0, result.output
    files = sorted(folder.glob("*.csv"))
    assert [f.name for f in files] == [
        "demands.csv",
        "entities.csv",
        "evidence.csv",
        "letters.csv",
        "quotes.csv",
        "reports.csv",
    ]
    return {f.name: list(csv.reader(io.StringIO(f.read_text(encoding="utf-8-sig")))) for f in files}


def test_no_cell_of_any_csv_file_starts_a_formula(formula_register: Path, tmp_path: Path) -> None:
    tables = export(formula_register, tmp_path / "out")
    for name, rows in tables.items():
        cells = [cell for row in rows[1:] for cell in row]
        assert not [c for c in cells if c.startswith(FORMULA_STARTS)], name
    planted = {f"'{h}" for h in HOSTILE}
    for name, column in [("entities.csv", "name"), ("letters.csv", "sender_name"), ("quotes.csv", "text")]:
        header, *rows = tables[name]
        values = {row[header.index(column)] for row in rows}
        assert values & planted, (name, column, values)  # the planted values are there, neutralised
    header, *rows = tables["entities.csv"]
    assert all(row[header.index("aliases")].startswith("'=") for row in rows)  # the alias "=" sorts first


def test_raw_cells_writes_them_as_they_are(formula_register: Path, tmp_path: Path) -> None:
    tables = export(formula_register, tmp_path / "raw", "--raw-cells")
    header, *rows = tables["entities.csv"]
    names = {row[header.index("name")] for row in rows}
    assert names <= set(HOSTILE) and names


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-", "'-"),
        ("@A1", "'@A1"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("a=1", "a=1"),
        (" =1", " =1"),  # spreadsheets take a leading space as text
        ("—dash", "—dash"),
        (3, 3),
        ("", ""),
    ],
)
def test_neutralise(value: object, expected: object) -> None:
    assert neutralise(value) == expected


def test_to_csv_neutralises_unless_raw() -> None:
    rows = [{"a": "=1+1", "b": 2}]
    assert to_csv(["a", "b"], rows) == "a,b\n'=1+1,2\n"
    assert to_csv(["a", "b"], rows, raw=True) == "a,b\n=1+1,2\n"
