"""The API as /openapi.json and /docs describe it (issue 11, item 6): every JSON twin has a response schema
its answers follow (the corrections' twins too, on a register holding a correction), the downloads say
what they answer with, and /docs shows each path's answer and its description's code as code."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient
from lxml import html as lhtml

from lettertrace import corrections
from lettertrace.export.register_data import register_dict
from lettertrace.store import open_store
from lettertrace.web import create_app
from lettertrace.web.schemas import DOWNLOADS, SCHEMAS


@pytest.fixture(scope="module")
def corrected(dev_register: Path, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """The web UI over a copy of the dev register holding one correction (a letter's sender)."""
    db = tmp_path_factory.mktemp("api") / "corrected.db"
    with closing(sqlite3.connect(dev_register)) as src, closing(sqlite3.connect(db)) as dst:
        src.backup(dst)
    store = open_store(db)
    reg = register_dict(store)
    c = reg["communications"][0]
    other = next(e for e in reg["entities"] if e["id"] not in (c["sender"], *c["recipients"]))
    d = corrections.draft(store, "sender", comm=c["id"], entity=other["id"])
    corrections.add(store, d.kind, d.target, d.value, "the office wrote it", "ana")
    return TestClient(create_app(db))


def get(client: TestClient, url: str) -> Any:
    r = client.get(url)
    assert r.status_code == 200, url
    return r.json()


def test_the_corrections_twins_follow_their_schemas(corrected: TestClient) -> None:
    paths = get(corrected, "/openapi.json")["paths"]
    listing = get(corrected, "/corrections.json")
    assert listing["count"] == 1
    n = listing["corrections"][0]["id"]
    for path, url in [
        ("/corrections.json", "/corrections.json"),
        ("/corrections/{n}.json", f"/corrections/{n}.json"),
    ]:
        schema = paths[path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema == SCHEMAS[path]
        jsonschema.validate(get(corrected, url), schema)


def test_every_json_twin_has_a_response_schema(corrected: TestClient) -> None:
    paths = get(corrected, "/openapi.json")["paths"]
    twins = {p for p in paths if p.endswith(".json") and p != "/openapi.json"}
    assert twins == set(SCHEMAS)
    for p in twins:
        assert paths[p]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"], p


def test_the_downloads_say_what_they_answer_with(corrected: TestClient) -> None:
    paths = get(corrected, "/openapi.json")["paths"]
    for path, (media, _) in DOWNLOADS.items():
        assert list(paths[path]["get"]["responses"]["200"]["content"]) == [media]
        answer = corrected.get(path)
        assert answer.status_code == 200
        assert answer.headers["content-type"].split(";")[0] == media


def test_docs_show_each_answer_and_code_as_code(corrected: TestClient) -> None:
    answer = corrected.get("/docs")
    assert answer.status_code == 200
    doc = lhtml.fromstring(answer.text)
    intro = doc.xpath("//main//p | //body//h1/following-sibling::p")[0]
    assert "`" not in intro.text_content()
    assert ".json" in [c.text for c in intro.xpath(".//code")]
    paths = get(corrected, "/openapi.json")["paths"]
    rows = {tr.get("data-path"): tr for tr in doc.xpath("//tr[@data-path]")}
    assert {p for p, ops in paths.items() if "get" in ops} == set(rows)
    for path, schema in SCHEMAS.items():
        cell = rows[path].xpath(".//td[@class='returns']")[0]
        assert cell.text_content().startswith("application/json")
        assert [c.text for c in cell.xpath(".//code")] == schema["required"], path
    for path, (media, _) in DOWNLOADS.items():
        assert rows[path].xpath("string(.//td[@class='returns'])") == media
    assert rows["/"].xpath("string(.//td[@class='returns'])") == "text/html"
