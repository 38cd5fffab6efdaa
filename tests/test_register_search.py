"""A search and the facets at scale (issue 10): the search index numbered by kind and publication (a kind's
hits counted, and its newest ranked, from the index alone), the letters a web search finds read through
indexes (the same as testing every letter in Python), and facets given up after a time limit (said so,
counted on demand). Invented registers, built here."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import insert, text

from lettertrace import names, query, search_index, sql_budget
from lettertrace.offsets import Offsets
from lettertrace.store import Store, comm_mentions, communications, entities, open_store, quotes, reports
from lettertrace.web import create_app, register_view
from lettertrace.web import letter_query as lq
from lettertrace.web.letter_search import named_by
from lettertrace.web.register_view import RegisterView
from test_register_sql import full_scans, plans  # noqa: F401  (the module's fixture of query plans)

TOPICS = "harbour treaty grain barley river ferry".split()
ENTITIES = [
    ("e-a", "Alma Verhoeven"),
    ("e-b", "Tomas Kettle"),
    ("e-c", "Ziyad al-Nakhalah"),
    ("e-d", "Seán O'Brien"),
    ("e-e", "Ida Harbourne"),
]
KINDS = ("letter", "message", "call")
MENTION = json.dumps(
    {
        "kind": "letter",
        "sender": {"name": "Alma Verhoeven"},
        "recipients": [{"name": "Tomas Kettle"}],
        "date": {"earliest": None, "latest": None, "precision": "unknown", "basis": ""},
        "mentions": [{"start": 0, "end": 10}],
    }
)


def write(store: Store, n: int = 120, seed: int = 3) -> None:
    """``n`` letters over 40 reports (each published on its own day, some undated) and a quote for every
    third letter; parties from ``ENTITIES``, a stranger and none."""
    rng = random.Random(seed)
    with store.begin() as conn:
        conn.execute(
            insert(entities),
            [{"id": e, "name": nm, "etype": "person", "wikidata": None, "roles": "[]"} for e, nm in ENTITIES],
        )
        rows = []
        for i in range(40):
            body = f"Officials spoke of the {TOPICS[i % 6]} and the {TOPICS[(i * 5 + 1) % 6]}, {'again ' * (i % 3)}."
            day = None if i % 9 == 0 else f"20{10 + i % 7:02d}-0{1 + i % 9}-1{i % 10}"
            rows.append(
                {
                    "id": f"r{i:03d}", "source": f"/s/{i:03d}.txt", "sha256": f"{i:064d}", "fmt": "txt",
                    "title": f"Report {i}", "outlet": "Invented Wire", "author": None, "url": None,
                    "published": day, "dateline_place": None, "raw_text": body, "clean_text": body,
                    "offsets": Offsets(range(len(body))).to_json(), "meta": "{}", "extraction": "{}",
                    "ingested_at": "2024-01-01T00:00:00+00:00",
                }
            )  # fmt: skip
        conn.execute(insert(reports), rows)
        hits = [("report", r["id"], r["id"], r["clean_text"]) for r in rows]
        ids = [e for e, _ in ENTITIES] + ["e-stranger"]
        for i in range(n):
            cid = f"c-{i:04d}{'ab'[i % 2]}"
            year = 2000 + i % 5
            conn.execute(
                insert(communications).values(
                    id=cid, kind=KINDS[i % 3], sender=rng.choice([*ids, None, ""]),
                    recipients=json.dumps(rng.sample(ids, rng.choice((1, 2)))), earliest=f"{year}-03-01",
                    latest=f"{year}-03-31", precision="month", in_reply_to=None, implied=0, summary=None,
                )
            )  # fmt: skip
            rid = f"r{rng.randrange(40):03d}"
            conn.execute(
                insert(comm_mentions).values(
                    communication_id=cid, report_id=rid, local_idx=0, data=MENTION, start=0, end=10,
                    full_start=None, full_end=None,
                )
            )  # fmt: skip
            if i % 3 == 0:
                said = f"We want the {TOPICS[(i + 2) % 6]} reopened"
                qid, qkind = f"{rid}-q{i}", "quote" if i % 4 else "paraphrase"
                conn.execute(
                    insert(quotes).values(
                        id=qid, report_id=rid, qkind=qkind, start=i, end=i + len(said), text=said,
                        speaker=None, speaker_name=None, communication_id=cid, citation=0, cue=None,
                    )
                )  # fmt: skip
                hits.append(("quote", qid, rid, said))
        rng.shuffle(hits)  # written in any order: each kind is numbered outward all the same
        search_index.write(conn, hits)


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("search-register") / "register.db"
    write(open_store(db))
    return db


@pytest.fixture
def client(register: Path) -> Iterator[TestClient]:
    register_view._SNAPSHOTS.clear()  # what an earlier test searched and counted: not kept
    with TestClient(create_app(register)) as c:
        yield c


def rows(db: Path) -> list[tuple[int, str, str]]:
    with closing(sqlite3.connect(db)) as con:
        return con.execute("SELECT rowid, kind, ref FROM search_fts ORDER BY rowid").fetchall()


# ------------------------------------------------------------------ the index: kinds and order


def test_a_kind_is_the_sign_of_the_rowid_numbered_towards_0_in_the_order_written(register: Path) -> None:
    got = rows(register)
    assert {k for r, k, _ in got if r > 0} == {"report"} and {k for r, k, _ in got if r < 0} == {"quote"}
    assert sorted(search_index.TOP - abs(r) for r, k, _ in got if k == "report") == list(range(1, 41))
    store = open_store(register)
    with store.begin() as conn:  # more written later: beyond those there
        search_index.write(
            conn, [("quote", "r001-q999", "r001", "a grain ferry"), ("report", "r900", "r900", "x")]
        )
    later = {ref: r for r, _k, ref in rows(register)}
    quotes_before = sum(1 for r, _k, _f in got if r < 0)
    assert later["r900"] == search_index.TOP - 41
    assert later["r001-q999"] == -(search_index.TOP - quotes_before - 1)
    with store.begin() as conn:
        conn.execute(text("DELETE FROM search_fts WHERE ref IN ('r900', 'r001-q999')"))
    with pytest.raises(ValueError, match="not 'paraphrase'"), store.begin() as conn:
        search_index.write(conn, [("paraphrase", "x", "r001", "y")])


@pytest.mark.parametrize("words", ["harbour", "grain ferry", "reopened", "treaty barley", "nothingsuch"])
def test_hits_are_counted_by_kind_as_their_rows_say(register: Path, words: str) -> None:
    store = open_store(register)
    match = query.fts_query(words)
    with closing(sqlite3.connect(register)) as con:
        want = dict(
            con.execute(
                "SELECT kind, count(*) FROM search_fts WHERE search_fts MATCH ? GROUP BY kind", (match,)
            )
        )
    assert query.search_counts(store, match) == want


def test_a_register_of_schema_7_is_numbered_by_publication_when_opened(tmp_path: Path) -> None:
    db = tmp_path / "v7.db"
    write(open_store(db))
    with closing(sqlite3.connect(db)) as con, con:  # back to v7: rows numbered as written, kinds mixed
        con.execute("DELETE FROM schema_version WHERE version >= 8")
        con.execute("CREATE TABLE old AS SELECT kind, ref, report, body FROM search_fts ORDER BY ref")
        con.execute("DELETE FROM search_fts")
        con.execute("INSERT INTO search_fts (kind, ref, report, body) SELECT * FROM old")
        con.execute("DROP TABLE old")
        before = con.execute(
            "SELECT ref FROM search_fts WHERE search_fts MATCH 'grain' ORDER BY ref"
        ).fetchall()
        published = dict(con.execute("SELECT id, coalesce(published, '') FROM reports"))
    open_store(db)
    after = rows(db)
    for sign, kind in ((1, "report"), (-1, "quote")):
        mine = sorted((search_index.TOP - r * sign, ref) for r, k, ref in after if k == kind)
        assert [r for r, _ in mine] == list(range(1, len(mine) + 1)), kind
        report = (lambda ref: ref.split("-")[0]) if kind == "quote" else (lambda ref: ref)
        assert [published[report(ref)] for _, ref in mine] == sorted(
            published[report(ref)] for _, ref in mine
        )
    with closing(sqlite3.connect(db)) as con:
        assert (
            con.execute("SELECT ref FROM search_fts WHERE search_fts MATCH 'grain' ORDER BY ref").fetchall()
            == before
        )


# ------------------------------------------------------------------ ranking: best first, of the newest


def every_ranked(db: Path, match: str) -> list[tuple[str, str]]:
    """Every hit best first as FTS5 ranks the whole index (bm25), ties by rowid."""
    with closing(sqlite3.connect(db)) as con:
        q = "SELECT kind, ref FROM search_fts WHERE search_fts MATCH ? ORDER BY bm25(search_fts), rowid"
        return con.execute(q, (match,)).fetchall()


def test_with_few_hits_every_one_is_ranked_best_first(register: Path) -> None:
    store = open_store(register)
    match = query.fts_any(["harbour", "reopened"])
    got = [(h["kind"], h["ref"]) for h in query.search_snippets(store, match)]
    assert got == every_ranked(register, match) and len(got) > 10
    assert [(h["kind"], h["ref"]) for h in query.search_snippets(store, match, limit=5, offset=3)] == got[3:8]


def test_a_kind_with_more_hits_than_are_ranked_has_its_newest_ranked(
    register: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "RANKED", 4)
    store = open_store(register)
    match = query.fts_any(["harbour", "grain", "reopened", "ferry"])
    counts = query.search_counts(store, match)
    assert counts["report"] > 4 and counts["quote"] > 4  # still every hit
    with closing(sqlite3.connect(register)) as con:
        hits = con.execute(
            "SELECT rowid, kind, ref FROM search_fts WHERE search_fts MATCH ?", (match,)
        ).fetchall()
    newest = {
        k: {ref for _r, _k, ref in sorted((h for h in hits if h[1] == k), key=lambda h: abs(h[0]))[:4]}
        for k in ("report", "quote")
    }
    got = query.search_snippets(store, match)
    assert len(got) == 8 and all(h["ref"] in newest[h["kind"]] for h in got)
    assert [(h["kind"], h["ref"]) for h in got] == [
        h for h in every_ranked(register, match) if h[1] in newest[h[0]]
    ]
    firsts = query.search_firsts(store, match, lambda hs: [True] * len(hs), 3)
    assert {k: [h["ref"] for h in v] for k, v in firsts.items()} == {
        k: [h["ref"] for h in got if h["kind"] == k][:3] for k in ("report", "quote")
    }


def test_the_web_search_says_when_it_ranks_the_newest(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "RANKED", 4)
    data = client.get("/letters.json?q=grain").json()["search"]
    assert data["report_count"] > data["report_ranked"] == 4
    assert "Best first of the 4 newest" in client.get("/?q=grain").text


# ------------------------------------------------------------------ the letters a web search finds


def letters_found(store: Store, words: str) -> set[str]:
    """Every letter tested in Python: a report or verbatim quote of it matches, or each word is at the start
    of its id, in its kind, or in a party's name where a word of the name begins with the word's last part
    ('unknown': a party not in the register, or no sender)."""
    match = query.fts_query(words)
    with store.connect() as conn:
        refs = set(
            conn.execute(text("SELECT ref FROM search_fts WHERE search_fts MATCH :q"), {"q": match}).scalars()
        )
        told = set(conn.execute(text("SELECT communication_id, report_id FROM comm_mentions")).tuples())
        said = dict(
            conn.execute(text("SELECT id, communication_id FROM quotes WHERE qkind = 'quote'")).tuples().all()
        )
        letters = conn.execute(text("SELECT id, kind, sender, recipients FROM communications")).tuples().all()
    known = dict(ENTITIES)
    out = {c for c, r in told if r in refs} | {c for q, c in said.items() if q in refs}
    also = {e["id"] for e in named_by(RegisterView(store), words)}  # the entities it names, expanded

    def named(w: str, eid: str | None) -> bool:
        if eid not in known:
            return "unknown".startswith(w)
        last = names.tokens(w)[-1] if names.tokens(w) else None
        name = known[eid]
        return w in names.fold(name) and any(t.startswith(last or "\0") for t in names.tokens(name))

    for cid, kind, sender, recips in letters:
        parties = [sender or None, *json.loads(recips)]
        if also & set(parties):
            out.add(cid)
        if all(
            cid.startswith(w) or w in kind or any(named(w, p) for p in parties)
            for w in names.fold(words).split()
        ):
            out.add(cid)
    return out


@pytest.mark.parametrize(
    "words",
    [
        "reopened", "harbour treaty", "Kettle", "kett", "ettle", "al-nakh", "nakhalah", "O'Brien", "obrien",
        "call", "ALL", "mess", "c-0001", "c-00", "unknown", "unk", "harbour kettle", "call kettle",
        "Harbourne", "nothingsuch", "a", "c-",
    ],
)  # fmt: skip
def test_a_search_finds_the_letters_every_letter_tested_finds(
    client: TestClient, register: Path, words: str
) -> None:
    got = client.get("/letters.json", params={"q": words, "limit": "1000"}).json()
    want = letters_found(open_store(register), words)
    assert got["count"] == len(want)
    assert {c["id"] for c in got["letters"]} == want, words


def test_a_search_with_other_filters_keeps_the_letters_both_keep(client: TestClient, register: Path) -> None:
    found = letters_found(open_store(register), "grain")
    for params in ({"kind": "call"}, {"year": "2001"}, {"since": "2002", "until": "2003"}, {"party": "e-b"}):
        alone = client.get("/letters.json", params={**params, "limit": "1000"}).json()
        both = client.get("/letters.json", params={**params, "q": "grain", "limit": "1000"}).json()
        want = found & {c["id"] for c in alone["letters"]}
        assert both["count"] == len(want) and {c["id"] for c in both["letters"]} == want, params
        assert 0 < len(want) < len(found), params


def test_a_search_of_a_name_expands_to_its_entity(client: TestClient, register: Path) -> None:
    got = client.get("/letters.json", params={"q": "Tomas Kettle", "limit": "1000"}).json()
    assert [e["id"] for e in got["search"]["also"]] == ["e-b"]
    his = {
        c
        for c, s, r in sqlite3.connect(register).execute("SELECT id, sender, recipients FROM communications")
        if s == "e-b" or "e-b" in json.loads(r)
    }
    assert his and his <= {c["id"] for c in got["letters"]}


def test_a_page_of_a_search_is_that_part_of_its_letters_in_order(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    for dense in (10**9, 0):  # looked up one by one, then read in date order (``PROBED_FROM``)
        monkeypatch.setattr("lettertrace.web.letter_search.PROBED_FROM", dense)
        for sort in ("date", "-date", "id"):
            every = client.get("/letters.json", params={"q": "grain", "sort": sort, "limit": "1000"}).json()
            pages, url = [], f"/letters.json?q=grain&sort={sort}&limit=7"
            while url:
                page = client.get(url).json()
                pages += [c["id"] for c in page["letters"]]
                url = page["paging"]["next_json"]
            assert pages == [c["id"] for c in every["letters"]] and len(pages) > 7, (dense, sort)


def test_the_search_page_reads_no_whole_table(register: Path, plans: Any) -> None:  # noqa: F811
    app = create_app(register)
    with TestClient(app) as c:
        plans(app.state.store)
        plans.explain()
        for words in ("harbour kettle", "unknown", "c-0001", "call"):
            assert c.get("/letters.json", params={"q": words, "limit": "5"}).status_code == 200
            plan = plans.explain()
            scans = [s for s in full_scans(plan, ordered_ok=True) if "INDEX ix_comm_no_sender" not in s]
            assert plan and scans == [], (words, plan)


# ------------------------------------------------------------------ facets given up after a time limit


def test_statements_past_their_budget_are_interrupted_and_the_connection_goes_on(register: Path) -> None:
    store = open_store(register)
    forever = text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")
    count = text("SELECT count(*) FROM communications")
    with store.connect() as conn:
        budget = sql_budget.Budget(0.01, steps=0)
        with pytest.raises(sql_budget.TimedOut), budget.limit(conn):
            conn.execute(forever).scalar()
        with pytest.raises(sql_budget.TimedOut), budget.limit(conn):  # spent: not begun
            conn.execute(count).scalar()
        budget = sql_budget.Budget(0, steps=50_000)  # no time, but its steps: a small count is made
        with budget.limit(conn):
            assert conn.execute(count).scalar() == 120
        with pytest.raises(sql_budget.TimedOut), budget.limit(conn):
            conn.execute(forever).scalar()
        assert 50_000 <= budget.used <= 50_000 + sql_budget.CHECK_EVERY
        assert conn.execute(count).scalar() == 120  # no handler left behind


def test_facets_not_counted_in_time_say_so_and_count_on_demand(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = client.get("/letters.json?year=2001&party=e-b").json()
    assert counted["facets_timed_out"] == [] and counted["count_all"] is None
    monkeypatch.setattr(lq, "FACET_TIME_LIMIT_MS", 0)  # nothing counted in SQL in time
    monkeypatch.setattr(sql_budget, "MIN_STEPS", 0)
    year = client.get("/letters.json?year=2001").json()
    assert year["facets_timed_out"] == ["party", "outlet"]  # the kinds and years: read from the tallies
    assert year["facets"]["party"] == [] and year["facets"]["kind"] and year["facets"]["year"]
    late = client.get("/letters.json?year=2001&party=e-b&kind=call").json()
    assert late["facets_timed_out"] == ["party", "kind", "year", "outlet"]
    assert late["facets"]["party"] == [
        {
            "value": "e-b",
            "label": "Tomas Kettle",
            "count": None,
            "selected": True,
            "url": "/?kind=call&year=2001",
        }
    ]
    assert late["count_all"] == "/?party=e-b&kind=call&year=2001&count=all"
    again = client.get(late["count_all"].replace("/?", "/letters.json?")).json()
    assert again["facets_timed_out"] == [] and again["count"] == late["count"] > 0
    assert all("count=all" in o["url"] for o in again["facets"]["year"])  # it stays with the query
    html = client.get("/?year=2001&party=e-b&kind=call").text
    assert 'class="timed-out" data-facet="party"' in html and "count=all" in html
    assert client.get("/letters.json?year=2001&count=some").status_code == 400
