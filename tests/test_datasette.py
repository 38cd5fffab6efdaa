"""The register file opened in Datasette (its own test client, in process): readable views with names
instead of ids, and the search table Datasette detects as full-text searchable."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from lettertrace.export.register_data import communication_list, entity_list, quote_list
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Options
from lettertrace.store import READABLE_VIEWS, open_store

datasette_app = pytest.importorskip(
    "datasette.app", reason="datasette not installed: pip install -e '.[test]'"
)

VIEWS = ["letters", "quotes_view", "entities_view", "reports_view"]


def copy_register(src: Path, folder: Path) -> Path:
    """A copy of a register (its write-ahead log too) that Datasette may open without touching ``src``."""
    dst = folder / "register.db"
    for suffix in ("", "-wal"):
        if Path(f"{src}{suffix}").exists():
            shutil.copy(f"{src}{suffix}", f"{dst}{suffix}")
    return dst


def datasette_get(db: Path, *paths: str) -> list[Any]:
    """GET each path from a Datasette over ``db`` and return the JSON bodies (asserting 200)."""

    async def run() -> list[Any]:
        ds = datasette_app.Datasette([str(db)])
        await ds.invoke_startup()
        out = []
        for p in paths:
            r = await ds.client.get(p)
            assert r.status_code == 200, (p, r.status_code, r.text[:300])
            out.append(r.json())
        return out

    return asyncio.run(run())


@pytest.fixture(scope="module")
def dev_copy(dev_register: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_register(dev_register, tmp_path_factory.mktemp("datasette"))


def test_datasette_lists_the_readable_views(dev_copy: Path) -> None:
    (db,) = datasette_get(dev_copy, "/register.json")
    assert {v["name"] for v in db["views"]} == set(VIEWS) == set(READABLE_VIEWS)


def test_letters_view_names_the_parties(dev_copy: Path) -> None:
    (data,) = datasette_get(dev_copy, "/register/letters.json?_shape=objects&_size=max")
    store = open_store(dev_copy)
    names = {e["id"]: e["name"] for e in entity_list(store)}
    comms = {c["id"]: c for c in communication_list(store)}
    rows = data["rows"]
    assert {r["id"] for r in rows} == set(comms)
    for r in rows:
        c = comms[r["id"]]
        assert r["sender"] == names.get(c["sender"] or "", "Unknown")
        want = "; ".join(names.get(x, "Unknown") for x in c["recipients"]) or "Unknown"
        assert r["recipients"] == want
        assert (r["earliest"], r["latest"], r["precision"]) == (
            c["date"]["earliest"],
            c["date"]["latest"],
            c["date"]["precision"],
        )
        assert r["reports"] == len({m["document"] for m in c["mentions"]})
        assert r["sender"] not in names and not set(r["recipients"].split("; ")) & set(names)  # no raw ids


def test_quotes_and_entities_views(dev_copy: Path) -> None:
    quotes, ents = datasette_get(
        dev_copy,
        "/register/quotes_view.json?_shape=objects&_size=max",
        "/register/entities_view.json?_shape=objects&_size=max",
    )
    store = open_store(dev_copy)
    by_id = {q["id"]: q for q in quote_list(store) + quote_list(store, "paraphrase")}
    names = {e["id"]: e["name"] for e in entity_list(store)}
    assert {r["id"] for r in quotes["rows"]} == set(by_id)
    for r in quotes["rows"]:
        q = by_id[r["id"]]
        assert r["text"] == q["text"] and r["report"]  # the report by its title, not its id
        if q["speaker"] in names:
            assert r["speaker"] == names[q["speaker"]]
        if q["communication"]:
            assert " → " in r["letter"]
    comms = communication_list(store)
    for e in ents["rows"]:
        assert e["sent"] == sum(c["sender"] == e["id"] for c in comms)
        assert e["received"] == sum(e["id"] in c["recipients"] for c in comms)


def test_reports_view_leaves_the_raw_text_out(dev_copy: Path) -> None:
    (data,) = datasette_get(dev_copy, "/register/reports_view.json?_shape=objects&_size=max")
    assert data["rows"] and all("raw_text" not in r and "offsets" not in r for r in data["rows"])
    assert sum(r["letters"] > 0 for r in data["rows"]) > 0


def test_datasette_detects_the_search_table(dev_copy: Path) -> None:
    db, hits = datasette_get(
        dev_copy, "/register.json", "/register/search_fts.json?_search=Khamenei&_shape=objects"
    )
    assert {t["name"]: t.get("fts_table") for t in db["tables"]}["search_fts"] == "search_fts"
    assert hits["rows"] and all("khamenei" in r["body"].lower() for r in hits["rows"])


def test_views_survive_relinking(invented_corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    files, _ = list_inputs([invented_corpus])
    ingest_files(open_store(db), files, Options())
    before = sqlite3.connect(db).execute("SELECT count(*) FROM letters").fetchone()[0]
    assert before > 0
    (invented_corpus / "c_festival.txt").unlink()  # a changed corpus: the register tables are rebuilt
    letter = invented_corpus / "a_letter.txt"
    letter.write_text(letter.read_text(encoding="utf-8") + "\nThe letter was delivered by hand.\n", "utf-8")
    files, _ = list_inputs([invented_corpus])
    ingest_files(open_store(db), files, Options())
    with sqlite3.connect(db) as con:
        views = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
        assert views == set(VIEWS)
        assert (
            con.execute("SELECT count(*) FROM letters").fetchone()[0]
            == con.execute("SELECT count(*) FROM communications").fetchone()[0]
        )
        assert (
            con.execute("SELECT count(*) FROM reports_view").fetchone()[0]
            == con.execute("SELECT count(*) FROM reports").fetchone()[0]
        )
