"""The index of the entities' names (issue 10, the register at scale): a party given by a part of its name
is found through it, not by trying every entity's name, with the same matches as trying them all
(invented names, transliteration variants included)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, text

from lettertrace import name_index, query
from lettertrace.export import register_data
from lettertrace.export.register_data import entity_list
from lettertrace.store import Store, aliases, entities, open_store

ENTITIES = [
    ("e-01", "Alma Verhoeven", ["Verhoeven", "President Verhoeven"]),
    ("e-02", "Tomas Kettle", ["Kettle", "the Prime Minister"]),
    ("e-03", "Ismaro Haniyeh", ["Haniyeh", "Abu Ismaro"]),
    ("e-04", "Sheikh Kalifo bin Zayedo", ["Kalifo"]),
    ("e-05", "Ida Marholt-Brenn", ["Marholt"]),
    ("e-06", "Oskar O'Vellan", []),
    ("e-07", "Petra Rentleka", ["Rentleka"]),
    ("e-08", "Ministry of Grain", ["the ministry"]),
    ("e-09", "Zoë Ćalović", ["Calovic"]),
    ("e-10", "Tomas Verhoeven", []),
]
NAMES = [
    "Verhoeven", "verhoeven", "Alma", "Kettle", "Haniya", "Haneya", "Hanieh", "Ismaro", "Abu Ismaro",
    "Kalifo", "Zayedo", "Sheikh Kalifo", "Marholt", "Brenn", "O'Vellan", "Ovellan", "Vellan", "Rentleka",
    "Rentleca", "Grain", "ministry", "the ministry", "Zoe", "Calovic", "Ćalović", "Tomas", "Tomas Kettle",
    "President Verhoeven", "Prime Minister", "e-03", "nobody", "Xq", "Verhoven", "Kettel",
]  # fmt: skip


def write(store: Store) -> None:
    with store.begin() as conn:
        conn.execute(
            insert(entities),
            [
                {"id": i, "name": n, "etype": "person", "wikidata": None, "roles": "[]"}
                for i, n, _ in ENTITIES
            ],
        )
        conn.execute(
            insert(aliases),
            [
                {"entity_id": i, "alias": a, "akind": "name", "report_id": None}
                for i, _, als in ENTITIES
                for a in als
            ],
        )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    st = open_store(tmp_path / "register.db")
    write(st)
    with st.begin() as conn:
        name_index.refresh(conn)
    return st


def every_entity_tried(store: Store, name: str) -> set[str]:
    """``query.matching_entities`` as it was: every entity's name, aliases and id tried."""
    return {
        e["id"]
        for e in entity_list(store)
        if any(query._matches(name, f) for f in (e["name"], *e["aliases"], e["id"]))
    }


def test_a_name_finds_what_trying_every_entity_finds(store: Store) -> None:
    ents = entity_list(store)
    for name in NAMES:
        want = every_entity_tried(store, name)
        with store.connect() as conn:
            assert want <= set(name_index.candidates(conn, name)), name
        assert query.matching_entities(store, name) == want, name
        assert query.named_entities(store, name) == query.named_entities(store, name, ents), name


def test_a_name_reads_no_entity_list(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_: Any) -> Any:
        raise AssertionError("every entity read")

    monkeypatch.setattr(query, "entity_list", refused)
    monkeypatch.setattr(register_data, "entity_list", refused)
    assert {e["id"] for e in query.named_entities(store, "Haneya")} == {"e-03"}
    assert query.party_ids(store, "Verhoeven") == {"e-01", "e-10"}
    assert query.matching_entities(store, "Rentleca") == {"e-07"}


def test_the_lookup_reads_the_index_not_the_table(store: Store) -> None:
    db = store.engine.url.database
    assert db
    with closing(sqlite3.connect(db)) as con:
        plan = [
            r[-1]
            for r in con.execute(
                "EXPLAIN QUERY PLAN SELECT entity_id FROM name_keys WHERE key IN ('tx', 'sy')"
            )
        ]
    assert plan and all("SCAN" not in line for line in plan), plan


def test_names_written_by_any_client_are_found_and_indexed_again(store: Store) -> None:
    db = store.engine.url.database
    assert db
    with closing(sqlite3.connect(db)) as con, con:  # another client: no lettertrace function needed
        con.execute("UPDATE entities SET name = 'Quennevar Ostrid' WHERE id = 'e-01'")
        con.execute(
            "INSERT INTO aliases (entity_id, alias, akind) VALUES ('e-02', 'Old Kettlewick', 'epithet')"
        )
        con.execute("DELETE FROM aliases WHERE entity_id = 'e-07'")
    assert query.matching_entities(store, "Quennevar") == {"e-01"}  # marked, so tried before indexed
    assert query.matching_entities(store, "Kettlewick") == {"e-02"}
    reopened = open_store(db)  # indexes them again
    with reopened.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM name_dirty")).scalar_one() == 0
        assert "e-01" in name_index.candidates(conn, "Quennevar")
        assert "e-01" not in name_index.candidates(conn, "Alma")
    for name in ["Quennevar", "Kettlewick", "Rentleka", "Verhoeven", "Alma"]:
        assert query.matching_entities(reopened, name) == every_entity_tried(reopened, name), name


def test_a_register_before_the_index_is_indexed_when_opened(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    write(open_store(db))
    with closing(sqlite3.connect(db)) as con, con:  # back to schema v5: no name index
        for t in ("name_keys", "name_vocab", "name_dirty"):
            con.execute(f"DROP TABLE {t}")
        con.execute("DELETE FROM schema_version WHERE version >= 6")
    store = open_store(db)
    with store.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM name_dirty")).scalar_one() == 0
        assert conn.execute(text("SELECT count(DISTINCT entity_id) FROM name_keys")).scalar_one() == len(
            ENTITIES
        )
    assert query.matching_entities(store, "Haniya") == {"e-03"}


def test_a_search_names_the_entities_it_named_before(store: Store) -> None:
    from lettertrace import names
    from lettertrace.web.letter_search import MAX_EXPANSION, named_by
    from lettertrace.web.register_view import RegisterView

    for words in [*NAMES, "Abu Ismaro", "the Prime Minister", "Tomas"]:
        want = names.fold(words).strip()
        every = [
            e
            for e in entity_list(store)
            if names.same_person(words, e["name"]) or any(names.fold(a) == want for a in e["aliases"])
        ]
        assert named_by(RegisterView(store), words) == (every if len(every) <= MAX_EXPANSION else []), words
