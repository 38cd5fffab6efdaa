"""Downloads of the current view read only the view's letters (issue 11): ``/letters.csv`` and
``/letters.xml`` fetch those letters, their parties and reports by id, never the whole register, and
give the same rows and letters as the full export restricted to the view (in process, over the dev
register)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from lxml import etree

from lettertrace.export import cmif, csv_export
from lettertrace.export.register_data import communication_list
from lettertrace.store import open_store
from lettertrace.web import create_app

TEI = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="module")
def client(dev_register: Path) -> TestClient:
    return TestClient(create_app(dev_register))


@pytest.fixture
def whole_register_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading every communication or entity of the register fails the test."""

    def refuse(*_: Any, **__: Any) -> Any:
        raise AssertionError("a download of the view read the whole register")

    for module in (cmif, csv_export):
        monkeypatch.setattr(module, "communication_list", refuse)
        monkeypatch.setattr(module, "entity_list", refuse)


def view_ids(client: TestClient, query: str) -> list[str]:
    data = client.get(f"/letters.json?{query}&limit=1000").json()
    return [c["id"] for c in data["letters"]]


@pytest.mark.parametrize("query", ["kind=call&kind=message", "sort=-date", "kind=letter&sort=reports"])
def test_csv_download_reads_only_the_views_letters(
    client: TestClient, dev_register: Path, query: str, whole_register_unread: None
) -> None:
    r = client.get(f"/letters.csv?{query}")
    assert r.status_code == 200, r.text
    rows = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert [x["id"] for x in rows] == view_ids(client, query) != []


def test_csv_download_rows_are_those_of_the_full_export(client: TestClient, dev_register: Path) -> None:
    full = {r["id"]: r for r in csv_export.letter_rows(open_store(dev_register))}
    rows = list(csv.DictReader(io.StringIO(client.get("/letters.csv?sort=-date").text.lstrip("\ufeff"))))
    assert rows and all({k: str(v) for k, v in full[x["id"]].items()} == x for x in rows)


@pytest.mark.parametrize("query", ["kind=call&kind=message", "sort=-date"])
def test_cmif_download_reads_only_the_views_letters(
    client: TestClient, query: str, whole_register_unread: None
) -> None:
    r = client.get(f"/letters.xml?{query}")
    assert r.status_code == 200, r.text
    tree = etree.fromstring(r.content)
    assert tree.xpath("//t:correspDesc/@key", namespaces=TEI) == view_ids(client, query) != []


def test_cmif_download_names_the_parties_and_reports_of_its_letters(
    client: TestClient, dev_register: Path
) -> None:
    comms = {c["id"]: c for c in communication_list(open_store(dev_register))}
    tree = etree.fromstring(client.get("/letters.xml?kind=letter").content)
    descs = tree.xpath("//t:correspDesc", namespaces=TEI)
    assert descs
    cited = {m["document"] for d in descs for m in comms[d.get("key")]["mentions"]}
    assert len(tree.xpath("//t:sourceDesc/t:bibl", namespaces=TEI)) == len(cited)
    for d in descs:
        sent = d.xpath("string(t:correspAction[@type='sent']/*[1])", namespaces=TEI)
        assert sent and sent != "Unknown" or comms[d.get("key")]["sender"] is None
