"""The register's filtered queries in SQL (issue 10, the register at scale): the same letters as the Python
filters they replace, a parties table kept by triggers, and query plans that no full scan of the
communications or their mentions is in (``EXPLAIN QUERY PLAN`` on a small register)."""

from __future__ import annotations

import itertools
import json
import random
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, insert, select, text, update

from lettertrace import query, search_index
from lettertrace import register_sql as sql
from lettertrace.export.register_data import entity_list
from lettertrace.offsets import Offsets
from lettertrace.store import (
    Store,
    comm_mentions,
    comm_parties,
    communications,
    entities,
    open_store,
    reports,
)
from lettertrace.store_query_schema import empty_communications
from lettertrace.web import create_app
from lettertrace.web.register_view import years

# Date intervals that test every branch: a day, a month, a year, a range across years, one over
# MAX_YEARS wide, an open start, an open end, none, and one whose ends are the wrong way round.
DATES: list[tuple[str | None, str | None, str]] = [
    ("2001-03-04", "2001-03-04", "day"),
    ("2001-02-01", "2001-02-28", "month"),
    ("2000-01-01", "2000-12-31", "year"),
    ("1999-11-20", "2002-01-10", "range"),
    ("1900-05-01", "2001-06-01", "range"),
    (None, "2001-07-01", "unknown"),
    ("2001-08-01", None, "unknown"),
    ("1995-08-01", None, "unknown"),
    (None, "2005-07-01", "unknown"),
    (None, None, "unknown"),
    ("2003-05-01", "2002-05-01", "range"),
    ("2000-12-31", "2001-01-01", "range"),
]
ENTITIES = [
    ("e-a", "Alma Verhoeven"),
    ("e-b", "Tomas Kettle"),
    ("e-c", "Ida Ostro"),
    ("e-d", "Oskar Brenholt"),
]
OUTLETS = ["Invented Wire", "Daily Made-Up", None]


def write_register(store: Store, n: int = 240, seed: int = 7) -> None:
    """``n`` communications over ``DATES`` and ``ENTITIES``, each told by one or two of 30 reports."""
    rng = random.Random(seed)
    mention = json.dumps(
        {
            "kind": "letter",
            "sender": {"name": "Alma Verhoeven"},
            "recipients": [{"name": "Tomas Kettle"}],
            "date": {"earliest": None, "latest": None, "precision": "unknown", "basis": ""},
            "mentions": [{"start": 0, "end": 10}],
        }
    )
    with store.begin() as conn:
        conn.execute(
            insert(entities),
            [{"id": e, "name": nm, "etype": "person", "wikidata": None, "roles": "[]"} for e, nm in ENTITIES],
        )
        body = "Alma Verhoeven sent a letter to Tomas Kettle about the harbour treaty."
        conn.execute(
            insert(reports),
            [
                {
                    "id": f"r{i:03d}", "source": f"/s/{i:03d}.txt", "sha256": f"{i:064d}", "fmt": "txt",
                    "title": f"Report {i}", "outlet": OUTLETS[i % 3], "author": None, "url": None,
                    "published": "2001-01-01", "dateline_place": None, "raw_text": body, "clean_text": body,
                    "offsets": Offsets(range(len(body))).to_json(), "meta": "{}", "extraction": "{}",
                    "ingested_at": "2024-01-01T00:00:00+00:00",
                }
                for i in range(30)
            ],
        )  # fmt: skip
        search_index.write(conn, [("report", f"r{i:03d}", f"r{i:03d}", body) for i in range(30)])
        for i in range(n):
            lo, hi, precision = DATES[i % len(DATES)]
            ids = [e for e, _ in ENTITIES] + ["e-missing"]
            sender = rng.choice([*ids, None])
            recips = rng.sample(ids, rng.choice((1, 1, 2)))
            cid = f"c-{i:04d}"
            conn.execute(
                insert(communications).values(
                    id=cid, kind=rng.choice(("letter", "message", "call")), sender=sender,
                    recipients=json.dumps(recips), earliest=lo, latest=hi, precision=precision,
                    in_reply_to=f"c-{i - 1:04d}" if i % 7 == 3 else None, implied=0, summary=None,
                )
            )  # fmt: skip
            for rep in sorted({rng.randrange(30) for _ in range(rng.choice((1, 2)))}):
                conn.execute(
                    insert(comm_mentions).values(
                        communication_id=cid, report_id=f"r{rep:03d}", local_idx=0, data=mention,
                        start=0, end=10, full_start=None, full_end=None,
                    )
                )  # fmt: skip


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("sql-register") / "register.db"
    write_register(open_store(db))
    return db


def every_comm(store: Store) -> list[dict[str, Any]]:
    with store.connect() as conn:
        rows = conn.execute(select(communications)).mappings().all()
        outlets = {
            (m, o)
            for m, o in conn.execute(
                select(comm_mentions.c.communication_id, reports.c.outlet).join(
                    reports, reports.c.id == comm_mentions.c.report_id
                )
            ).tuples()
            if o
        }
    return [
        {
            "id": r["id"],
            "kind": r["kind"],
            "sender": r["sender"],
            "recipients": json.loads(r["recipients"]),
            "date": {"earliest": r["earliest"], "latest": r["latest"]},
            "outlets": {o for m, o in outlets if m == r["id"]},
        }
        for r in rows
    ]


def by_date(comms: list[dict[str, Any]]) -> list[str]:
    return [
        c["id"]
        for c in sorted(
            comms, key=lambda c: (c["date"]["earliest"] or c["date"]["latest"] or "9999", c["id"])
        )
    ]


# ------------------------------------------------------------------ the same letters as the Python filters


@pytest.mark.parametrize(
    ("since", "until"),
    [
        ("2001", "2001"),
        ("2001-03", None),
        (None, "2000"),
        ("2001-01-01", "2001-01-01"),
        ("1901", "1901"),
        ("2003-01", "2003-12"),
    ],
)
def test_a_date_range_keeps_what_in_range_keeps(register: Path, since: str | None, until: str | None) -> None:
    store = open_store(register)
    lo = query.parse_day(since) if since else None
    hi = query.parse_day(until, end=True) if until else None
    want = by_date([c for c in every_comm(store) if query.in_range(c, lo, hi)])
    got = [c["id"] for c in query.filter_comms(store, since=since, until=until)]
    assert got == want
    assert 0 < len(got) < len(every_comm(store))
    assert query.count_comms(store, since=since, until=until) == len(want)


@pytest.mark.parametrize(
    "wanted",
    [("2001",), ("2000", "2002"), ("undated",), ("UNDATED", "1950"), ("1900",), ("1950",), ("20x1",)],
)
def test_a_year_keeps_the_letters_whose_interval_touches_it(register: Path, wanted: tuple[str, ...]) -> None:
    store = open_store(register)
    folded = {w.casefold() for w in wanted}
    want = {c["id"] for c in every_comm(store) if folded & set(years(c))}
    with store.connect() as conn:
        f = sql.Filter([], sql.in_years(conn, wanted))
        got = set(sql.ordered_ids(conn, f))
        assert sql.count(conn, f) == len(want)
    assert got == want
    # a letter over 50 years wide is listed under its first year only (1900, not 1950); no year is no year
    assert bool(got) == (wanted not in {("1950",), ("20x1",)})


def test_facet_counts_are_those_of_each_letter(register: Path) -> None:
    store = open_store(register)
    comms = every_comm(store)
    calls = [c for c in comms if c["kind"] == "call"]
    with store.connect() as conn:
        cond = sql.Filter([sql.of_kinds(["call"])])
        assert sql.facet_counts(conn, "kind", sql.Filter([])) == Counter(c["kind"] for c in comms)
        assert sql.facet_counts(conn, "year", cond) == Counter(y for c in calls for y in years(c))
        assert sql.facet_counts(conn, "party", cond) == Counter(
            e for c in calls for e in {c["sender"], *c["recipients"]} if e
        )
        assert sql.facet_counts(conn, "outlet", cond) == Counter(o for c in calls for o in c["outlets"])
        in_2001 = sql.Filter([], sql.in_years(conn, ["2001"]))  # counted over both of its branches
        kept = [c for c in comms if "2001" in years(c)]
        assert sql.facet_counts(conn, "party", in_2001) == Counter(
            e for c in kept for e in {c["sender"], *c["recipients"]} if e
        )


def test_party_kind_and_keyset_pages_give_the_whole_list_in_order(register: Path) -> None:
    store = open_store(register)
    comms = every_comm(store)
    want = by_date([c for c in comms if c["kind"] == "letter" and "e-b" in {c["sender"], *c["recipients"]}])
    assert want
    assert [c["id"] for c in query.filter_comms(store, party="e-b", kind="letter")] == want
    pages, after = [], None
    while True:
        page = query.filter_comms(store, party="Tomas Kettle", kind="LETTER", after=after, limit=7)
        if not page:
            break
        pages.append([c["id"] for c in page])
        after = page[-1]["id"]
    assert list(itertools.chain(*pages)) == want and len(pages) > 1


@pytest.mark.parametrize(
    "name",
    ["e-b", "Tomas Kettle", "tomas kettle", "ismail haniyeh", "OBrien", "Kettle", "Haniya", "nobody", "'"],
)
def test_a_party_by_name_finds_what_every_entity_read_in_python_finds(tmp_path: Path, name: str) -> None:
    store = open_store(tmp_path / "r.db")
    write_register(store, n=5)
    with store.begin() as conn:
        conn.execute(
            insert(entities),
            [
                {"id": e, "name": nm, "etype": "person", "wikidata": None, "roles": "[]"}
                for e, nm in [("e-h", "Ismaïl Haniyeh"), ("e-o", "Seán O'Brien"), ("e-p", "Pat O`Brien")]
            ],
        )
    assert query.named_entities(store, name) == query.named_entities(store, name, entity_list(store))


# ------------------------------------------------------------------ the parties table


def parties(store: Store, cid: str) -> set[tuple[str, str]]:
    p = comm_parties.c
    with store.connect() as conn:
        return set(conn.execute(select(p.entity_id, p.role).where(p.communication_id == cid)).tuples())


def test_the_parties_table_follows_every_write(tmp_path: Path) -> None:
    store = open_store(tmp_path / "r.db")
    row = {"kind": "letter", "precision": "unknown", "implied": 0}
    with store.begin() as conn:
        conn.execute(insert(communications).values(id="c1", sender="e1", recipients='["e2", "e1"]', **row))
        conn.execute(insert(communications).values(id="c2", sender=None, recipients="[]", **row))
    assert parties(store, "c1") == {("e1", "sender"), ("e1", "recipient"), ("e2", "recipient")}
    assert parties(store, "c2") == set()
    with store.begin() as conn:  # as an analyst's merge of entities rewrites them
        conn.execute(update(communications).where(communications.c.id == "c1").values(recipients='["e3"]'))
    assert parties(store, "c1") == {("e1", "sender"), ("e3", "recipient")}
    with store.begin() as conn:  # as a relink empties the register
        conn.execute(communications.delete())
    assert parties(store, "c1") == set()


def test_a_relink_empties_the_parties_whole_and_keeps_the_trigger(tmp_path: Path) -> None:
    store = open_store(tmp_path / "r.db")
    write_register(store, n=20)
    with store.begin() as conn:
        empty_communications(conn)  # as the link stage empties the register
    with store.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM comm_parties")).scalar_one() == 0
    row = {"kind": "letter", "precision": "unknown", "implied": 0}
    with store.begin() as conn:
        conn.execute(insert(communications).values(id="c1", sender="e1", recipients='["e2"]', **row))
    assert parties(store, "c1") == {("e1", "sender"), ("e2", "recipient")}
    with store.begin() as conn:
        conn.execute(communications.delete().where(communications.c.id == "c1"))
    assert parties(store, "c1") == set()  # the row-by-row trigger is back


def test_a_register_of_schema_4_gets_the_parties_and_indexes(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    write_register(open_store(db), n=30)
    with closing(sqlite3.connect(db)) as con, con:  # back to version 4: no parties table, triggers or indexes
        for kind, name in con.execute(
            "SELECT type, name FROM sqlite_master WHERE name LIKE 'ix_comm%' OR name LIKE 'comm_parties%'"
            " OR name IN ('ix_reports_outlet', 'ix_mentions_full')"
        ).fetchall():
            if kind in ("index", "trigger", "table"):
                con.execute(f"DROP {kind.upper()} IF EXISTS {name}")
        con.execute("DELETE FROM schema_version WHERE version >= 5")
    store = open_store(db)
    want = {(c["sender"], "sender") for c in every_comm(store) if c["id"] == "c-0001" and c["sender"]}
    want |= {(r, "recipient") for c in every_comm(store) if c["id"] == "c-0001" for r in c["recipients"]}
    assert parties(store, "c-0001") == want
    with closing(sqlite3.connect(db)) as con:
        names = {n for (n,) in con.execute("SELECT name FROM sqlite_master")}
    assert {"comm_parties", "comm_parties_insert", "ix_comm_date", "ix_comm_kind_date"} <= names
    open_store(db)  # again: nothing to do, nothing doubled
    with store.connect() as conn:
        assert (
            conn.execute(
                text(
                    "SELECT count(*) FROM comm_parties GROUP BY entity_id, communication_id, role HAVING count(*) > 1"
                )
            ).first()
            is None
        )


# ------------------------------------------------------------------ query plans


@pytest.fixture
def plans(register: Path) -> Iterator[Callable[[Store], list[str]]]:
    """Records the statements run on a store's engine; the function gives their plans' lines."""
    seen: dict[str, Any] = {}
    engines = []

    def record(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")) and not many:
            seen.setdefault(statement, params)

    def watch(store: Store) -> list[str]:
        if store.engine not in engines:
            event.listen(store.engine, "before_cursor_execute", record)
            engines.append(store.engine)
        return lines

    lines: list[str] = []

    def explain() -> list[str]:
        out = []
        with closing(sqlite3.connect(register)) as con:
            for statement, params in seen.items():
                out += [
                    f"{row[-1]}   <- {statement[:200]}"
                    for row in con.execute(f"EXPLAIN QUERY PLAN {statement}", params or ())
                ]
        seen.clear()
        return out

    watch.explain = explain  # type: ignore[attr-defined]
    yield watch
    for engine in engines:
        event.remove(engine, "before_cursor_execute", record)


FULL_SCANS = ("SCAN communications", "SCAN comm_mentions", "SCAN comm_parties", "SCAN reports", "SCAN quotes")


def full_scans(plan: list[str], ordered_ok: bool = False, open_ok: bool = False) -> list[str]:
    """The plan's lines that read a whole table or a whole index of one. Unless ``ordered_ok``: a scan of
    the date index in order (how an unfiltered page stops after its rows). Unless ``open_ok``: a scan of
    the partial index of the letters not dated at both ends (a date range keeps every undated one, and
    those with one end on the right side of it: that index holds only them)."""
    out = []
    for line in plan:
        if line.startswith(FULL_SCANS):
            if ordered_ok and "INDEX ix_comm_date " in line:
                continue
            if open_ok and "INDEX ix_comm_open_date " in line:
                continue
            out.append(line)
    return out


def test_the_filtered_queries_read_no_whole_table(register: Path, plans: Any) -> None:
    store = open_store(register)
    plans(store)
    cases: list[tuple[str, Callable[[], Any]]] = [
        ("party", lambda: query.filter_comms(store, party="e-b")),
        ("party by name", lambda: query.filter_comms(store, party="Tomas Kettle")),
        ("kind", lambda: query.filter_comms(store, kind="call", limit=20)),
        ("kind, next page", lambda: query.filter_comms(store, kind="call", after="c-0005", limit=20)),
        ("date range", lambda: query.filter_comms(store, since="2001", until="2001", limit=20)),
        ("since", lambda: query.filter_comms(store, since="2001-06", limit=20)),
        ("search", lambda: query.search_snippets(store, query.fts_query("harbour treaty"))),
    ]
    for name, run in cases:
        assert run(), name
        plan = plans.explain()
        assert plan, name
        assert full_scans(plan, open_ok=name in ("date range", "since")) == [], name


def test_the_web_pages_read_no_whole_table(register: Path, plans: Any) -> None:
    app = create_app(register)
    with TestClient(app) as client:  # started: the whole register's facet counts are made once, here
        plans(app.state.store)
        plans.explain()
        first = client.get("/letters.json?kind=call&limit=5").json()
        assert first["count"] > 5 and len(first["letters"]) == 5
        plans.explain()  # the count and the facets of every letter of a kind: not a filtered page's own
        urls = {
            "letters page": "/?limit=20",
            "next page": first["paging"]["next_json"],
            "party": "/letters.json?party=e-b&limit=20",
            "year": "/letters.json?year=2001&limit=20",
            "date range": "/letters.json?since=2001&until=2001&limit=20",
            "entity page": "/entities/e-b",
            "letter page": "/letters/c-0010",
        }
        for name, url in urls.items():
            r = client.get(url)
            assert r.status_code == 200, name
            plan = plans.explain()
            assert plan, name
            allowed = {"ordered_ok": name == "letters page", "open_ok": name == "date range"}
            assert full_scans(plan, **allowed) == [], (name, plan)
