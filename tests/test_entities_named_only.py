"""Entities the reports name but who take part in no letter (issue 11: a state known only by an epithet)
are listed apart from the correspondents, on the web and in the CLI, and stay findable."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from lxml import html
from typer.testing import CliRunner

from lettertrace.cli import app
from lettertrace.ingest import ingest_files
from lettertrace.models import Options
from lettertrace.store import open_store
from lettertrace.web import create_app

LETTER = """Ostrova writes to Verhoeven

Freeport, 14 March 2024 -

Chancellor Ida Ostrova of Borduria sent a letter to President Alma Verhoeven on Tuesday in which she
condemned the Zionist regime and called on the Great Satan to stay out of the region.
"""

CALL = """Kettle phones Ostrova

Freeport, 20 March 2024 -

Prime Minister Tomas Kettle of Norland phoned Chancellor Ida Ostrova of Borduria on Wednesday to discuss
the harbour.
"""


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("named")
    paths = []
    for name, text in (("letter.txt", LETTER), ("call.txt", CALL)):
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    db = folder / "register.db"
    summary = ingest_files(open_store(db), paths, Options())
    assert not summary.failed
    return db


def test_the_web_list_keeps_correspondents_and_named_only_apart(register: Path) -> None:
    client = TestClient(create_app(register))
    data = client.get("/entities.json").json()
    parties = {e["name"] for e in data["entities"]}
    named = {e["name"]: e for e in data["named_only"]}
    assert {"Ida Ostrova", "Alma Verhoeven", "Tomas Kettle"} <= parties
    assert {"Israel", "United States"} <= set(named)
    assert not parties & set(named)
    assert all(e["sent"] or e["received"] for e in data["entities"])
    assert "the Zionist regime" in named["Israel"]["epithets"]
    assert data["count"] == len(data["entities"])
    doc = html.fromstring(client.get("/entities").text)
    assert len(doc.xpath("//table[@class='entities']/tbody/tr")) == data["count"]
    rows = doc.xpath("//section[@class='named-only']//tbody/tr")
    assert {r.get("data-id") for r in rows} == {e["id"] for e in data["named_only"]}
    assert "the Great Satan" in doc.xpath("string(//section[@class='named-only'])")


def test_a_search_of_the_entities_finds_a_state_by_its_epithet(register: Path) -> None:
    client = TestClient(create_app(register))
    found = client.get("/entities.json", params={"q": "Zionist"}).json()
    assert [e["name"] for e in found["named_only"]] == ["Israel"]
    assert found["entities"] == []
    page = client.get(f"/entities/{found['named_only'][0]['id']}.json").json()
    assert page["sent"] == page["received"] == []


def test_the_cli_lists_correspondents_first_and_marks_the_others(register: Path) -> None:
    runner = CliRunner(env={"COLUMNS": "200", "NO_COLOR": "1"})
    result = runner.invoke(app, ["entities", "--db", str(register)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "; 2 in no letter)" in out
    assert out.index("Israel") > max(out.index(n) for n in ("Ostrova", "Verhoeven", "Kettle"))
    assert out.count("(in no letter)") == 2
    lines = [line for line in out.splitlines() if "(in no letter)" in line]
    assert not any(n in line for line in lines for n in ("Ostrova", "Verhoeven", "Kettle"))
