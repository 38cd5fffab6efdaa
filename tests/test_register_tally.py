"""Counts of the register kept by triggers (issue 10, the register at scale): the same as counting the
letters, whatever writes the tables (inserts, updates, deletes, a relink's emptying, a report's outlet
changed); a date filter alone is counted from its buckets, as SQL counts it; the web UI reads them."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, insert, text, update

from lettertrace import register_sql as sql
from lettertrace import register_tally
from lettertrace.store import Store, comm_mentions, communications, open_store, reports
from lettertrace.web import create_app
from test_register_sql import write_register

YEARS = ["1999", "2000", "2001", "2002", "2003", "2005", "1900", "undated", "UNDATED", "19x9"]
RANGES = [("2001", "2001"), ("2000", "2002"), ("2001", None), (None, "2000"), ("1999", "2003"), (None, None)]


def counted(conn: Connection) -> dict[str, Counter[str]]:
    """Each facet of the whole register counted from the letters themselves (no tally read)."""
    out: dict[str, Counter[str]] = {"kind": Counter(), "year": Counter()}
    for kind, lo, hi in conn.execute(text("SELECT kind, earliest, latest FROM communications")).tuples():
        out["kind"][kind] += 1
        for y in sql.years(lo, hi):
            out["year"][y] += 1
    out["party"] = Counter(
        dict(
            conn.execute(
                text(
                    "SELECT entity_id, count(DISTINCT communication_id) FROM comm_parties GROUP BY entity_id"
                )
            )
            .tuples()
            .all()
        )
    )
    out["outlet"] = Counter(
        dict(
            conn.execute(
                text(
                    "SELECT r.outlet, count(DISTINCT m.communication_id) FROM comm_mentions AS m "
                    "JOIN reports AS r ON r.id = m.report_id WHERE r.outlet IS NOT NULL AND r.outlet != '' "
                    "GROUP BY r.outlet"
                )
            )
            .tuples()
            .all()
        )
    )
    return out


def assert_tallies_hold(store: Store) -> None:
    with store.connect() as conn:
        want = counted(conn)
        for name in ("kind", "year", "party", "outlet"):
            assert register_tally.whole(conn, name) == +want[name], name
        assert register_tally.total(conn) == sum(want["kind"].values())


@pytest.fixture
def store(tmp_path: Path) -> Store:
    st = open_store(tmp_path / "register.db")
    write_register(st, n=120)
    return st


def test_the_tallies_are_the_counts_of_the_letters(store: Store) -> None:
    assert_tallies_hold(store)
    with store.connect() as conn:
        assert register_tally.total(conn) == 120


def test_the_tallies_follow_every_write(store: Store) -> None:
    with store.begin() as conn:
        conn.execute(
            update(communications)
            .where(communications.c.id.in_(["c-0001", "c-0002", "c-0003"]))
            .values(kind="call", earliest="1987-02-03", latest=None, recipients=json.dumps(["e-a", "e-a"]))
        )
        conn.execute(update(communications).where(communications.c.id == "c-0004").values(sender="e-d"))
        conn.execute(communications.delete().where(communications.c.id.in_(["c-0010", "c-0011"])))
        conn.execute(comm_mentions.delete().where(comm_mentions.c.communication_id == "c-0020"))
        conn.execute(
            update(comm_mentions).where(comm_mentions.c.communication_id == "c-0021").values(report_id="r002")
        )
        conn.execute(update(reports).where(reports.c.id == "r001").values(outlet="Made-Up Post"))
        conn.execute(update(reports).where(reports.c.id == "r002").values(outlet=None))
    assert_tallies_hold(store)
    db = store.engine.url.database
    assert db
    with closing(sqlite3.connect(db)) as con, con:  # another client: the triggers are plain SQL
        row = con.execute("SELECT * FROM reports WHERE id = 'r004'").fetchone()
        con.execute("DELETE FROM reports WHERE id = 'r004'")  # a report stored again: deleted, inserted
        con.execute(f"INSERT INTO reports VALUES ({', '.join('?' * len(row))})", row)
        con.execute("DELETE FROM reports WHERE id = 'r005'")
        con.execute(
            'INSERT INTO comm_mentions (communication_id, report_id, local_idx, data, start, "end") '
            "VALUES ('c-0030', 'r006', 1, '{}', 0, 1), ('c-0030', 'r006', 2, '{}', 0, 1)"
        )
        con.execute("DELETE FROM comm_mentions WHERE communication_id = 'c-0030' AND local_idx = 1")
    assert_tallies_hold(store)
    with store.begin() as conn:
        register_tally.empty(conn)  # as a relink empties the register
        for t in ("comm_tally", "party_tally", "comm_outlets", "outlet_tally", "communications"):
            assert conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() == 0, t
        conn.execute(
            insert(communications).values(
                id="c-new", kind="letter", sender="e-b", recipients='["e-c"]', earliest="2001-05-01",
                latest="2001-05-01", precision="day", implied=0,
            )
        )  # fmt: skip
        conn.execute(
            insert(comm_mentions).values(
                communication_id="c-new", report_id="r000", local_idx=0, data="{}", start=0, end=1
            )
        )
    assert_tallies_hold(store)  # the triggers are back
    with store.connect() as conn:
        assert register_tally.whole(conn, "party") == Counter({"e-b": 1, "e-c": 1})


def test_a_date_filter_alone_is_counted_from_its_buckets_as_sql_counts_it(store: Store) -> None:
    with store.connect() as conn:
        for y in YEARS:
            f = sql.Filter([], sql.in_years(conn, [y]))
            keep = sql.year_bucket([y])
            assert register_tally.buckets(conn, "", keep)[""] == sql.count(conn, f), y
            for name in ("kind", "year"):
                assert register_tally.buckets(conn, name, keep) == +sql.facet_counts(conn, name, f), (y, name)
        for since, until in RANGES:
            first = f"{since}-01-01" if since else None
            last = f"{until}-12-31" if until else None
            f = sql.Filter([], sql.in_dates(conn, first, last))
            bucket = sql.range_bucket(first, last)
            assert bucket is not None
            n = sql.count(conn, f) if f.dates else register_tally.total(conn)
            assert register_tally.buckets(conn, "", bucket)[""] == n, (since, until)
            for name in ("kind", "year"):
                assert register_tally.buckets(conn, name, bucket) == +sql.facet_counts(conn, name, f), name
    assert sql.range_bucket("2001-03-01", None) is None and sql.range_bucket(None, "2001-06-30") is None


def test_the_web_ui_reads_the_tallies_and_counts_as_before(store: Store) -> None:
    db = store.engine.url.database
    assert db
    with TestClient(create_app(Path(db))) as client, store.connect() as conn:
        want = counted(conn)
        page = client.get("/letters.json?limit=5").json()
        assert page["total"] == page["count"] == 120
        for name in ("kind", "outlet", "party"):
            assert {o["value"]: o["count"] for o in page["facets"][name]} == +want[name], name
        for url, f in (
            ("year=2001", sql.Filter([], sql.in_years(conn, ["2001"]))),
            ("since=2000&until=2001", sql.Filter([], sql.in_dates(conn, "2000-01-01", "2001-12-31"))),
            ("since=2000-03&until=2001", sql.Filter([], sql.in_dates(conn, "2000-03-01", "2001-12-31"))),
        ):
            got = client.get(f"/letters.json?{url}&limit=5").json()
            assert got["count"] == sql.count(conn, f), url
            for name in ("kind", "party", "outlet"):
                want_f = +sql.facet_counts(conn, name, f)
                assert {o["value"]: o["count"] for o in got["facets"][name]} == want_f, (url, name)


def test_ranking_only_the_values_that_can_be_listed_lists_the_same_values() -> None:
    import heapq
    import random
    from types import SimpleNamespace

    from lettertrace.web.views import letters as views

    rng = random.Random(3)
    label = {
        f"e{i:04d}": rng.choice(["Ida Ostro", "alma Verhoeven", "Tomas Kettle", f"Ilsa {i}"])
        for i in range(900)
    }
    reg = SimpleNamespace(snap=SimpleNamespace(facet_counts=lambda _n: None, ranked={}))
    reg.party = lambda v: {"name": label.get(v, "Unknown")}  # type: ignore[attr-defined]
    for spread in ([0, 1, 1, 1, 2], [1, 2, 3, 5, 8, 13], [7]):
        counts = Counter({v: rng.choice(spread) for v in label})
        want = heapq.nsmallest(
            views.MAX_OPTIONS,
            (v for v in counts if counts[v]),
            key=lambda v: (-counts[v], label[v].lower(), v),
        )
        assert views.ranked(reg, counts, "party", {}) == want  # type: ignore[arg-type]
        small = Counter({v: counts[v] for v in list(label)[:30]})
        assert views.ranked(reg, small, "kind", {}) == heapq.nsmallest(
            views.MAX_OPTIONS, (v for v in small if small[v]), key=lambda v: (-small[v], v.lower(), v)
        )
