"""The web UI under load (issue 14, item 4): the register's snapshot is loaded as the server starts, and
the pages that were slow on a register of 1,000 reports (a party filter, the network) read that snapshot
instead of the whole register again on every new request."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from lettertrace import query
from lettertrace.export import graphml, register_data
from lettertrace.store import aliases, entities, open_store
from lettertrace.web import create_app, register_view


@pytest.fixture
def db(dev_register: Path, tmp_path: Path) -> Path:
    """A copy of the dev register of its own (the snapshots are kept per file), through SQLite's backup:
    the write-ahead log holds part of the register."""
    copy = tmp_path / "register.db"
    with closing(sqlite3.connect(dev_register)) as src, closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)
    return copy


def held(db: Path) -> register_view.Snapshot | None:
    kept = register_view._SNAPSHOTS.get(str(db))
    return kept[1] if kept else None


def test_the_snapshot_is_loaded_before_the_first_request(db: Path) -> None:
    app = create_app(db)
    assert held(db) is None
    with TestClient(app) as client:
        snap = held(db)
        assert snap is not None
        for part in ("comms", "entities", "docs", "sent", "received", "quotes", "paraphrases"):
            assert part in vars(snap), part  # loaded (a cached_property keeps its value in the instance)
        assert client.get("/").status_code == 200
        assert held(db) is snap  # the first request found it ready


def test_no_template_is_compiled_after_the_server_starts(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page, with its layout and macros, is compiled before the first request: a burst of first
    visitors finds nothing left to compile."""
    app = create_app(db)
    with TestClient(app) as client:
        env = app.state.templates.env
        compiled: list[str | None] = []
        compile_once = env.compile

        def counting(source: Any, name: str | None = None, *args: Any, **kwargs: Any) -> Any:
            compiled.append(name)
            return compile_once(source, name, *args, **kwargs)

        monkeypatch.setattr(env, "compile", counting)
        letter = client.get("/letters.json").json()["letters"][0]["id"]
        for url in ("/", "/entities", "/timeline", "/network", "/reports", f"/letters/{letter}", "/nowhere"):
            client.get(url)
        assert compiled == []


def test_party_filters_and_the_network_read_the_snapshot(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with TestClient(create_app(db)) as client:
        reference = TestClient(create_app(db))  # computed before the store's readers are taken away
        party = reference.get("/letters.json").json()["letters"][0]["sender"]["name"].split()[-1]
        want = {
            url: reference.get(url).json()
            for url in (
                f"/letters.json?party={party}",
                "/network.json",
                f"/letters.json?party={party.upper()}",
            )
        }

        def refused(*_: Any, **__: Any) -> Any:
            raise AssertionError("a page read the whole register again")

        for module in (query, graphml, register_data):
            for name in ("entity_list", "communication_list"):
                if hasattr(module, name):
                    monkeypatch.setattr(module, name, refused)
        register_view._SNAPSHOTS[str(db)][1]._parties.clear()  # no remembered answer
        for url, expected in want.items():
            got = client.get(url)
            assert got.status_code == 200, url
            assert got.json() == expected, url
        assert want[f"/letters.json?party={party}"]["count"] > 0
        assert client.get("/network").status_code == 200


def test_lists_of_letters_come_from_the_loaded_snapshot(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the whole register is loaded, the letters table, the timeline and an entity's page take their
    letters from it rather than reading each letter by id again (the same answers as read by id)."""
    reference = TestClient(create_app(db))
    first = reference.get("/letters.json").json()["letters"][0]
    party = first["sender"]["id"]
    urls = [
        "/letters.json",
        "/timeline.json",
        f"/entities/{party}.json",
        f"/letters.json?kind={first['kind']}",
    ]
    want = {url: reference.get(url).json() for url in urls}
    with TestClient(create_app(db)) as client:

        def refused(*_: Any, **__: Any) -> Any:
            raise AssertionError("letters read by id although the snapshot holds them")

        monkeypatch.setattr(register_view, "communications_by_id", refused)
        for url in urls:
            got = client.get(url)
            assert got.status_code == 200, url
            assert got.json() == want[url], url


def test_entity_list_keeps_every_alias_and_epithet(dev_register: Path) -> None:
    store = open_store(dev_register)
    with store.connect() as conn:
        names = dict(conn.execute(select(entities.c.id, entities.c.name)).tuples().all())
        rows = conn.execute(select(aliases.c.entity_id, aliases.c.alias, aliases.c.akind)).tuples().all()
    listed = {e["id"]: e for e in register_data.entity_list(store)}
    assert set(listed) == set(names)
    for eid in names:
        assert listed[eid]["aliases"] == sorted({a for e, a, _ in rows if e == eid})
        assert listed[eid]["epithets"] == sorted({a for e, a, k in rows if e == eid and k == "epithet"})
    assert any(e["epithets"] for e in listed.values())


def test_a_letter_page_reads_only_its_reports_texts(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_: Any, **__: Any) -> Any:
        raise AssertionError("a page read every report's text")

    monkeypatch.setattr(query, "report_texts", refused)
    with TestClient(create_app(db)) as client:
        letters = client.get("/letters.json").json()["letters"]
        assert len({r for c in letters for r in c["reports"]}) > 1
        c = next(c for c in letters if c["reports"])
        page = client.get(f"/letters/{c['id']}.json")
        assert page.status_code == 200
        snap = held(db)
        assert snap is not None
        assert set(snap._texts) == set(c["reports"])
        for shown in page.json()["reports"]:
            assert shown["text"] == snap.text(shown["report"]["id"]) != ""
        other = next(r for x in letters for r in x["reports"] if r not in c["reports"])
        assert client.get(f"/reports/{other}.json").json()["text"] == snap.text(other) != ""
        assert set(snap._texts) == {*c["reports"], other}
