"""A search at scale (issue 10): hits counted in SQL, snippets made only for the page shown; the same hits,
order and snippets as listing every hit (invented reports and quotes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import insert

from lettertrace import query, search_index
from lettertrace.offsets import Offsets
from lettertrace.store import Store, open_store, quotes, reports
from lettertrace.web.views.letters import search_view

WORDS = "harbour treaty grain barley river ferry".split()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    db: Path = tmp_path_factory.mktemp("search") / "register.db"
    st = open_store(db)
    with st.begin() as conn:
        for i in range(60):
            a, b = WORDS[i % 6], WORDS[(i * 5 + 1) % 6]
            body = f"Minister Ilsa Marholt wrote about the {a} and the {b}, {'again ' * (i % 4)}said aides."
            rid = f"r{i:03d}"
            conn.execute(
                insert(reports).values(
                    id=rid, source=f"/s/{rid}.txt", sha256=f"{i:064d}", fmt="txt", title=f"Report {i}",
                    outlet="Invented Wire", author=None, url=None, published="2001-01-01", dateline_place=None,
                    raw_text=body, clean_text=body, offsets=Offsets(range(len(body))).to_json(), meta="{}",
                    extraction="{}", ingested_at="2024-01-01T00:00:00+00:00",
                )
            )  # fmt: skip
            said = f"We want the {b} reopened before the {a} talks"
            conn.execute(
                insert(quotes).values(
                    id=f"{rid}-q0", report_id=rid, qkind="quote", start=0, end=len(said), text=said,
                    speaker=None, speaker_name=None, communication_id=None, citation=0, cue=None,
                )
            )  # fmt: skip
            search_index.write(conn, [("report", rid, rid, body), ("quote", f"{rid}-q0", rid, said)])
    return st


def test_a_page_of_hits_is_that_part_of_every_hit_in_order_with_the_same_snippets(store: Store) -> None:
    match = query.fts_any(["harbour", "river"])
    every = query.search_snippets(store, match)
    assert len(every) > 30
    for offset, limit in ((0, 10), (10, 10), (25, 7), (len(every) - 3, 10), (len(every) + 5, 10)):
        page = query.search_snippets(store, match, limit=limit, offset=offset)
        assert page == every[offset : offset + limit], (offset, limit)
    assert query.search_snippets(store, match, limit=0) == []
    assert query.search_snippets(store, "") == []


def test_hits_are_counted_in_sql_by_kind(store: Store) -> None:
    for words in ("harbour", "grain ferry", "treaty", "nothingsuchword"):
        match = query.fts_query(words)
        every = query.search_snippets(store, match)
        want = {k: sum(h["kind"] == k for h in every) for k in ("report", "quote")}
        got = query.search_counts(store, match)
        assert {k: got.get(k, 0) for k in want} == want, words
    assert query.search_counts(store, "") == {}


def test_the_first_hits_of_each_kind_are_those_of_every_hit(store: Store) -> None:
    match = query.fts_query("barley")
    every = query.search_snippets(store, match)
    firsts = query.search_firsts(store, match, lambda hs: [not h["ref"].startswith("r00") for h in hs], 4)
    for kind in ("report", "quote"):
        want = [h for h in every if h["kind"] == kind and not h["ref"].startswith("r00")][:4]
        assert firsts[kind] == want and len(want) == 4, kind


def test_the_web_search_lists_a_page_and_counts_every_hit(store: Store) -> None:
    from lettertrace.web.letter_query import Search
    from lettertrace.web.register_view import RegisterView

    match = query.fts_any(["river", "harbour"])
    every = query.search_snippets(store, match)
    view = search_view(RegisterView(store), Search("river", match, []))
    assert view["report_count"] == sum(h["kind"] == "report" for h in every) > 20
    assert view["quote_count"] == sum(h["kind"] == "quote" for h in every) > 20
    assert [r["id"] for r in view["reports"]] == [h["ref"] for h in every if h["kind"] == "report"][:20]
    assert [q["id"] for q in view["quotes"]] == [h["ref"] for h in every if h["kind"] == "quote"][:20]
    assert all(any(p["hit"] for p in r["snippet"]) for r in view["reports"] + view["quotes"])
