"""One edit and its undo in a real headless Chromium (issue 12), against ``lettertrace serve --edit`` over
invented reports: the form on the letter page, the confirmation, the letter marked corrected with who and
why, then the undo, confirmed, and the extracted sender back. Skipped where Chromium or Playwright is
missing (see tests/test_browser.py). Screenshots go to ``artifacts/browser/edit-*.png``."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from lettertrace.export.register_data import register_dict
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Options
from lettertrace.store import open_store
from lettertrace.web import create_app
from test_browser import ARTIFACTS, browser  # noqa: F401  (the module's Chromium fixture)

pytestmark = pytest.mark.browser


@pytest.fixture
def edit_site(invented_corpus: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """``serve --edit`` over a fresh register of the invented reports, on a free localhost port."""
    db = tmp_path / "edit.db"
    files, _skipped = list_inputs([invented_corpus])
    assert not ingest_files(open_store(db), files, Options()).failed
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(db, edit=True), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}", db
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def test_one_edit_and_its_undo(browser: Any, edit_site: tuple[str, Path]) -> None:  # noqa: F811
    site, db = edit_site
    river = next(c for c in register_dict(open_store(db))["communications"] if c["kind"] == "letter")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{site}/letters/{river['id']}")
    assert "Alma Verhoeven" in page.locator("h1").inner_text()
    form = page.locator("form[data-kind='sender']")
    form.locator("input[name='entity']").fill("Ida Ostrova")
    form.locator("input[name='why']").fill("the annex is signed by her")
    form.locator("input[name='by']").fill("ana")
    form.locator("button[type='submit']").click()
    # asked to confirm: nothing is changed yet
    assert "Confirm" in page.locator("h1").inner_text()
    assert "Ida Ostrova" in page.locator("p.what").inner_text()
    page.screenshot(path=str(ARTIFACTS / "edit-confirm.png"))
    assert register_dict(open_store(db))["communications"][0]["sender"] == river["sender"]
    page.locator("button.confirm").click()
    assert "applies" in page.locator("p.correction-state").inner_text()
    page.locator("dl.facts a", has_text=river["id"]).click()
    h1 = page.locator("h1")
    assert "Ida Ostrova" in h1.inner_text() and h1.locator("a.corrected").count() == 1
    row = page.locator("table.corrections tbody tr").first
    assert "ana" in row.inner_text() and "the annex is signed by her" in row.inner_text()
    assert "Alma Verhoeven" in row.locator("td.was").inner_text()
    page.screenshot(path=str(ARTIFACTS / "edit-corrected.png"), full_page=True)
    # undo from the letter's history: confirmed, then the extracted sender is back
    row.locator("form.undo button").click()
    assert "Confirm" in page.locator("h1").inner_text()
    page.locator("button.confirm").click()
    assert "undone" in page.locator("p.correction-state").inner_text()
    page.goto(f"{site}/letters/{river['id']}")
    assert "Alma Verhoeven" in page.locator("h1").inner_text()
    assert page.locator("h1 a.corrected").count() == 0
    assert "undone" in page.locator("table.corrections tbody tr").first.inner_text()
    assert not errors
    context.close()
