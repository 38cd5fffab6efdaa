"""Editing in the web UI (issue 12): read-only by default, refusing every write; with ``edit=True`` (``serve
--edit``) forms on the letter and entity pages, each with the CSRF token, each change confirmed first and
undoable; a POST without the token, with a wrong one, from another origin or host changes nothing."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from lxml import html as lhtml

from conftest import FLAGGED_REPORTS, INVENTED_REPORTS
from lettertrace import corrections
from lettertrace.export.register_data import register_dict
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Options
from lettertrace.store import Store, open_store
from lettertrace.web import create_app

LOCAL = "http://127.0.0.1"


@pytest.fixture(scope="module")
def base_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("edit-corpus")
    for name, text in {**INVENTED_REPORTS, **FLAGGED_REPORTS}.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path_factory.mktemp("edit-register") / "base.db"
    files, _skipped = list_inputs([folder])
    assert not ingest_files(open_store(db), files, Options()).failed
    return db


@pytest.fixture
def db(base_register: Path, tmp_path: Path) -> Path:
    """A copy of the register that a test may change."""
    copy = tmp_path / "own.db"
    with sqlite3.connect(base_register) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    return copy


def shown(db: Path) -> dict[str, Any]:
    """Everything the register shows, and its corrections: what a refused request must leave as it was."""
    store: Store = open_store(db)
    return {**register_dict(store), "corrections": corrections.listing(store)}


def letter_id(db: Path, sender: str, day: str) -> str:
    comms = register_dict(open_store(db))["communications"]
    (c,) = [c for c in comms if c["sender"] == sender and c["date"]["earliest"] == day]
    return str(c["id"])


def token(client: TestClient, url: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(url).text)
    assert found, f"no form token on {url}"
    return found.group(1)


def test_read_only_server_refuses_every_write_and_shows_no_form(db: Path) -> None:
    before = shown(db)
    web = TestClient(create_app(db))
    river = letter_id(db, "e-alma-verhoeven", "2022-02-28")
    page = web.get(f"/letters/{river}")
    assert page.status_code == 200 and '<form method="post"' not in page.text and "csrf" not in page.text
    for url in ["/edit/sender", "/edit/undo/1", "/", f"/letters/{river}", "/corrections"]:
        for method in ("POST", "PUT", "DELETE", "PATCH"):
            r = web.request(
                method, url, data={"comm": river, "entity": "Kettle", "why": "x", "confirm": "yes"}
            )
            assert r.status_code == 403, (method, url, r.status_code)
            assert "read-only" in r.text and r.headers["content-security-policy"]
    assert shown(db) == before


def test_a_post_without_the_token_or_from_elsewhere_changes_nothing(db: Path) -> None:
    web = TestClient(create_app(db, edit=True), base_url=LOCAL)
    river = letter_id(db, "e-alma-verhoeven", "2022-02-28")
    good = token(web, f"/letters/{river}")
    before = shown(db)
    form = {"comm": river, "entity": "Ida Ostrova", "why": "test", "confirm": "yes"}
    assert web.post("/edit/sender", data=form).status_code == 403  # no token
    assert web.post("/edit/sender", data={**form, "csrf": "forged"}).status_code == 403
    assert web.post("/edit/sender", data={**form, "csrf": ""}).status_code == 403
    other = TestClient(create_app(db, edit=True), base_url=LOCAL)  # another server: another secret
    assert other.post("/edit/sender", data={**form, "csrf": good}).status_code == 403
    evil = {"Origin": "http://evil.example"}
    assert web.post("/edit/sender", data={**form, "csrf": good}, headers=evil).status_code == 403
    rebound = TestClient(create_app(db, edit=True), base_url="http://evil.example:8000")
    assert rebound.get("/").status_code == 400  # a name pointed at this machine cannot read the token
    assert rebound.post("/edit/sender", data={**form, "csrf": good}).status_code == 400
    assert web.post("/edit/undo/1", data={"confirm": "yes"}).status_code == 403
    assert shown(db) == before
    assert web.post("/edit/sender", data={**form, "csrf": good}, follow_redirects=False).status_code == 303


def test_an_edit_is_confirmed_first_then_made_marked_and_undone(db: Path) -> None:
    web = TestClient(create_app(db, edit=True), base_url=LOCAL)
    river = letter_id(db, "e-alma-verhoeven", "2022-02-28")
    csrf = token(web, f"/letters/{river}")
    before = shown(db)
    form = {
        "csrf": csrf,
        "comm": river,
        "entity": "Ida Ostrova",
        "why": "the annex is signed by her",
        "by": "ana",
    }
    ask = web.post("/edit/sender", data=form)
    assert ask.status_code == 200 and "Confirm" in ask.text
    assert "sender of " + river in ask.text and "Ida Ostrova" in ask.text
    assert shown(db) == before  # nothing is made before it is confirmed
    doc = lhtml.fromstring(ask.text)
    fields = dict(zip(doc.xpath("//form//input/@name"), doc.xpath("//form//input/@value"), strict=True))
    assert fields["confirm"] == "yes" and fields["csrf"] == csrf and fields["why"] == form["why"]
    made = web.post("/edit/sender", data=fields, follow_redirects=False)
    assert made.status_code == 303
    n = int(made.headers["location"].rsplit("/", 1)[1])
    page = web.get(made.headers["location"]).text
    assert "applies" in page and "Alma Verhoeven" in page and f'action="/edit/undo/{n}"' in page
    letter = web.get(f"/letters/{river}")
    doc = lhtml.fromstring(letter.text)
    assert "Ida Ostrova" in doc.xpath("string(//h1)") and doc.xpath("//h1//a[contains(@class, 'corrected')]")
    row = doc.xpath(f"//table[@class='corrections']//tr[@data-correction='{n}']")[0]
    assert "ana" in row.text_content() and "the annex is signed by her" in row.text_content()
    assert "Alma Verhoeven" in row.xpath("string(td[@class='was'])")  # the extracted value, in the history
    twin = web.get(f"/letters/{river}.json").json()
    assert twin["letter"]["corrected"] == ["sender"] and twin["corrections"][0]["by"] == "ana"
    # undo: asked first, then made; the correction stays, marked undone; the extracted value is back
    ask = web.post(f"/edit/undo/{n}", data={"csrf": csrf})
    assert ask.status_code == 200 and corrections.listing(open_store(db))[0]["status"] == "applied"
    done = web.post(f"/edit/undo/{n}", data={"csrf": csrf, "confirm": "yes"}, follow_redirects=False)
    assert done.status_code == 303
    after = shown(db)
    assert after["communications"] == before["communications"]
    assert [c["status"] for c in after["corrections"]] == ["undone"]
    assert "undone" in web.get(f"/corrections/{n}").text
    assert web.post(f"/edit/undo/{n}", data={"csrf": csrf, "confirm": "yes"}).status_code == 400


def _forms(web: TestClient, url: str) -> list[tuple[str, dict[str, str]]]:
    """Each (action, fields) a page's POST forms send, every submit button's formaction apart."""
    doc = lhtml.fromstring(web.get(url).text)
    out = []
    for form in doc.xpath("//form[@method='post']"):
        fields = {i.get("name"): i.get("value") or "" for i in form.xpath(".//input[@name]")}
        for s in form.xpath(".//select"):
            first = s.xpath("option")[0]
            fields[s.get("name")] = first.get("value", first.text_content())
        for action in {form.get("action"), *form.xpath(".//button/@formaction")}:
            out.append((action, fields))
    return out


def test_every_form_carries_the_token_and_is_understood(db: Path) -> None:
    web = TestClient(create_app(db, edit=True), base_url=LOCAL)
    dam = letter_id(db, "e-ida-ostrova", "2024-03-11")  # two reports: split and detach are offered
    river = letter_id(db, "e-alma-verhoeven", "2022-02-28")
    csrf = token(web, f"/letters/{dam}")
    seen = set()
    for url, other in (
        (f"/letters/{dam}", river),
        (f"/letters/{river}", dam),
        ("/entities/e-ida-ostrova", "Kettle"),
    ):
        forms = _forms(web, url)
        assert forms
        fill = {"why": "test", "other": other, "start": "0", "end": "10"}
        for action, fields in forms:
            assert fields["csrf"] == csrf, (url, action)
            ask = web.post(action, data={**fields, **{k: v for k, v in fill.items() if not fields.get(k)}})
            assert ask.status_code == 200 and "Confirm" in ask.text, (url, action, ask.text[-300:])
            seen.add(action.rsplit("/", 1)[1])
    assert seen == set(corrections.KINDS)
    assert corrections.listing(open_store(db)) == []  # proposing changes nothing


def test_orphaned_corrections_are_listed_on_their_page(db: Path) -> None:
    store = open_store(db)
    river = letter_id(db, "e-alma-verhoeven", "2022-02-28")
    d = corrections.draft(store, "sender", comm=river, entity="Kettle")
    corrections.add(store, d.kind, d.target, d.value, "the office wrote it", "ana")
    with store.begin() as conn:  # as when the report changed: its digest no longer in the register
        conn.exec_driver_sql(
            "UPDATE reports SET sha256 = 'changed' WHERE id = (SELECT report_id FROM comm_mentions WHERE communication_id = ?)",
            (river,),
        )
    from lettertrace.link import relink

    relink(store)
    web = TestClient(create_app(db))
    page = web.get("/corrections?status=orphaned")
    assert page.status_code == 200
    doc = lhtml.fromstring(page.text)
    (row,) = doc.xpath("//tr[contains(@class, 'status-orphaned')]")
    assert "changed or was removed" in row.text_content() and "the office wrote it" in row.text_content()
    assert "1 orphaned" in doc.xpath("string(//p[@class='orphaned-note'])")
    assert web.get("/corrections.json?status=orphaned").json()["count"] == 1
    assert web.get("/corrections?status=bogus").status_code == 400
    assert web.get("/corrections/99").status_code == 404


def test_serve_is_read_only_unless_edit_and_binds_to_localhost(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from lettertrace.cli import app

    served: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda asgi, **kw: served.update(app=asgi, **kw))
    river = letter_id(db, "e-alma-verhoeven", "2022-02-28")
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--edit"])
    assert result.exit_code == 0 and "editing" in result.output
    assert served["host"] == "127.0.0.1"
    assert "csrf" in TestClient(served["app"], base_url=LOCAL).get(f"/letters/{river}").text
    result = CliRunner().invoke(app, ["serve", "--db", str(db)])
    assert result.exit_code == 0 and "read-only" in result.output
    web = TestClient(served["app"], base_url=LOCAL)
    assert "csrf" not in web.get(f"/letters/{river}").text
    assert web.post("/edit/sender", data={"comm": river}).status_code == 403


def test_pages_mark_corrected_entities_quotes_and_letters(db: Path) -> None:
    store = open_store(db)
    river = letter_id(db, "e-alma-verhoeven", "2022-02-28")
    quote = next(q["id"] for q in register_dict(store)["quotes"] if q["communication"] == river)
    for kind, fields in [
        ("quote_speaker", {"quote": quote, "entity": "Kettle"}),
        ("merge_entities", {"entity": "Ostrova", "other": "Kettle"}),
        ("kind", {"comm": river, "kind": "message"}),
    ]:
        d = corrections.draft(store, kind, **fields)
        corrections.add(store, d.kind, d.target, d.value, "test", "ana")
    web = TestClient(create_app(db))
    ents = lhtml.fromstring(web.get("/entities").text)
    marked = ents.xpath("//tr[.//span[contains(@class, 'corrected')]]/@data-id")
    assert marked == ["e-ida-ostrova"]
    page = lhtml.fromstring(web.get(f"/letters/{river}").text)
    assert page.xpath("//ul[@class='quotes']/li//a[contains(@class, 'corrected')]")
    assert page.xpath("//h1//a[contains(@class, 'corrected')]")  # the kind
    said = web.get(f"/letters/{river}.json").json()["quotes"][0]
    assert said["speaker"] == "e-ida-ostrova" and [m["field"] for m in said["corrected"]] == ["speaker"]
    history = page.xpath("//table[@class='corrections']//tr/@data-correction")
    assert history == ["1", "3"]  # the quote's and the letter's own; the merge is on the entity page
    listed = lhtml.fromstring(web.get("/").text).xpath(
        f"//tr[@data-id='{river}']//span[contains(@class, 'corrected')]"
    )
    assert listed  # the letters list marks it too
