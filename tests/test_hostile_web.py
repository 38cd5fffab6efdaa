"""Hostile requests to the web UI (issue 14): no 500 for odd queries or paths, headers on every response,
API docs without third-party scripts, HEAD wherever GET."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from lxml import html as lhtml

from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Options
from lettertrace.store import open_store
from lettertrace.web import create_app, register_view
from lettertrace.web.guard import CSP

PAGES = ["/", "/timeline", "/network", "/entities", "/reports"]
TWINS = ["/letters.json", "/timeline.json", "/network.json", "/entities.json", "/reports.json"]


@pytest.fixture(scope="module")
def web(hostile_register: Path) -> TestClient:
    """The web UI over the small hostile register; a server error answers 500 instead of raising."""
    return TestClient(create_app(hostile_register), raise_server_exceptions=False)


def assert_guarded(r: object) -> None:
    headers = r.headers  # type: ignore[attr-defined]
    assert headers["x-content-type-options"] == "nosniff", r
    assert headers["content-security-policy"] == CSP, r


@pytest.mark.parametrize("url", [p + q for p in ["/", "/letters.json"] for q in ["?q=%00", "?q=a%00b"]])
def test_a_nul_in_the_search_is_only_a_separator(web: TestClient, url: str) -> None:
    r = web.get(url)
    assert r.status_code == 200, r.text
    assert_guarded(r)


@pytest.mark.parametrize("name", ["party", "kind", "year", "outlet"])
def test_control_characters_in_any_filter(web: TestClient, name: str) -> None:
    r = web.get("/letters.json", params={name: "x\x00\x1b\x7f\n"})
    assert r.status_code == 200
    assert r.json()["count"] == 0


def test_the_search_still_finds_words_around_a_nul(web: TestClient) -> None:
    plain = web.get("/letters.json", params={"q": "Modi"}).json()
    assert plain["count"] >= 1
    assert web.get("/letters.json", params={"q": "Modi\x00"}).json()["letters"] == plain["letters"]


@pytest.mark.parametrize(
    "url",
    [
        "/static/style.css%00.txt",
        "/static/%00",
        "/reports/%00",
        "/letters/c-1%00.json",
        "/entities/%0a",
        "/%00",
        "/%7f.json",
    ],
)
def test_a_path_with_a_control_character_is_not_found(web: TestClient, url: str) -> None:
    r = web.get(url)
    assert r.status_code == 404, (url, r.status_code)
    assert_guarded(r)


def test_every_kind_of_response_carries_the_security_headers(web: TestClient) -> None:
    report = web.get("/reports.json").json()["reports"][0]["id"]
    urls = [*PAGES, *TWINS, f"/reports/{report}", "/static/style.css", "/openapi.json", "/docs"]
    for url in urls:
        r = web.get(url)
        assert r.status_code == 200, url
        assert_guarded(r)
    for url, status in [("/letters/c-none.json", 404), ("/letters/c-none", 404), ("/static/none.css", 404)]:
        r = web.get(url)
        assert r.status_code == status, url
        assert_guarded(r)
    assert_guarded(web.post("/", data={"q": "x"}))  # 403: read-only
    assert_guarded(web.get("/letters?kind=call", follow_redirects=False))  # 307


@pytest.fixture
def own_register(hostile_register: Path, tmp_path: Path) -> Path:
    """A copy of the hostile register that a test may change (nothing of it is cached yet)."""
    copy = tmp_path / "own.db"
    with sqlite3.connect(hostile_register) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)  # with what is still in the write-ahead log
    return copy


def test_a_server_error_still_carries_the_headers(
    own_register: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(store: object) -> list[object]:
        raise RuntimeError("a bug")

    monkeypatch.setattr(register_view, "communications_by_id", broken)  # how a page reads its letters
    web = TestClient(create_app(own_register), raise_server_exceptions=False)
    for url in ["/", "/letters.json"]:
        r = web.get(url)
        assert r.status_code == 500
        assert_guarded(r)
        assert "a bug" not in r.text  # the detail stays in the server's log


def test_docs_are_a_plain_page_without_scripts(web: TestClient) -> None:
    r = web.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    doc = lhtml.fromstring(r.text)
    assert not doc.xpath("//script") and not doc.xpath("//link[contains(@href, '//')]")
    listed = set(doc.xpath("//tr/@data-path"))
    assert {"/letters.json", "/letters/{cid}.json", "/entities.json", "/reports/{rid}.json"} <= listed
    assert "/docs" not in listed
    redoc = web.get("/redoc", follow_redirects=False)
    assert redoc.status_code == 307 and redoc.headers["location"] == "/docs"


@pytest.mark.parametrize("url", [*PAGES, *TWINS, "/static/style.css", "/openapi.json", "/docs"])
def test_head_is_answered_wherever_get_is(web: TestClient, url: str) -> None:
    got, head = web.get(url), web.head(url)
    assert head.status_code == got.status_code == 200, url
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert_guarded(head)


def test_head_of_a_missing_page_is_404(web: TestClient) -> None:
    assert web.head("/letters/c-none").status_code == 404


# ------------------------------------------------------------------ the cache kept per state of the register


def test_pages_are_computed_once_until_the_register_changes(
    own_register: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = []
    real = register_view.communications_by_id

    def counted(conn: Any, ids: Any) -> dict[str, dict[str, Any]]:
        calls.append(1)
        return real(conn, ids)

    monkeypatch.setattr(register_view, "communications_by_id", counted)  # how a page reads its letters
    web = TestClient(create_app(own_register))
    first = web.get("/letters.json").json()
    computed = len(calls)
    assert computed >= 1
    assert web.get("/letters.json").json() == first
    assert len(calls) == computed  # the second request was answered from the cache
    assert first["count"] > 0
    assert web.get("/letters.json", params={"kind": "none"}).json()["count"] == 0  # the query is in the key
    computed = len(calls)

    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "reply.txt").write_text(
        "Modi answers Biden\n\nNEW DELHI, March 9, 2021 - Indian Prime Minister Narendra Modi sent a letter "
        "to US President Joe Biden on Monday, thanking him for the help.\n",
        encoding="utf-8",
    )
    summary = ingest_files(open_store(own_register), list_inputs([folder])[0], Options())
    assert summary.ingested
    after = web.get("/letters.json").json()
    assert after["total"] > first["total"]  # an ingest into the file is seen at once
    assert len(calls) > computed  # the page was computed again
