"""The web UI in a real headless Chromium (Playwright), served by uvicorn over the dev register.

Uses Debian's chromium at /usr/bin/chromium (``make test`` installs it with apt when missing); the
tests skip, saying why, where it or Playwright is absent. Screenshots go to ``artifacts/browser/``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from lettertrace.export.register_data import register_dict
from lettertrace.store import open_store
from lettertrace.web import create_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "browser"
FLAG = "headline_sender_mismatch"


def serve(db: Path) -> Iterator[str]:
    """Run uvicorn over the register ``db`` on a free localhost port in a thread; yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium driven by Playwright."""
    if not CHROMIUM.exists():
        pytest.skip(
            f"{CHROMIUM} not found: install Debian's chromium package (make test does, where apt works)"
        )
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright for Python not installed: pip install -e '.[test]'"
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def dev_site(dev_register: Path) -> Iterator[str]:
    """The web UI over the dev register, served on localhost."""
    yield from serve(dev_register)


@pytest.fixture(scope="module")
def hostile_site(hostile_register: Path) -> Iterator[str]:
    """The web UI over the register of hostile reports, served on localhost."""
    yield from serve(hostile_register)


@dataclass
class Tab:
    """A browser page plus what it logged: console errors and dialogs (a dialog means a script ran)."""

    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def tab(browser: Any) -> Iterator[Tab]:
    """A fresh page in its own context that records console errors and dismisses (and records) dialogs."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    t = Tab(context.new_page())
    t.page.on("console", lambda m: t.errors.append(m.text) if m.type == "error" else None)
    t.page.on("pageerror", lambda e: t.errors.append(str(e)))
    t.page.on("dialog", lambda d: (t.dialogs.append(d.message), d.dismiss()))
    yield t
    context.close()


def flagged_letter(db: Path) -> dict[str, Any]:
    """The letter carrying the headline_sender_mismatch flag raised on dev report 004."""
    reg = register_dict(open_store(db))
    r004 = next(d["id"] for d in reg["documents"] if Path(d["source"]).name.startswith("004_"))
    return next(
        c
        for c in reg["communications"]
        if any(f["code"] == FLAG and any(e["report"] == r004 for e in f["evidence"]) for f in c["flags"])
    )


def test_search_follow_letter_see_evidence_and_flag(tab: Tab, dev_site: str, dev_register: Path) -> None:
    target = flagged_letter(dev_register)
    tab.page.goto(dev_site + "/")
    all_rows = tab.page.locator("table.letters tbody tr").count()
    assert all_rows > 1
    tab.page.fill("input[name=q]", "Islamic Jihad")
    tab.page.press("input[name=q]", "Enter")
    tab.page.wait_for_url("**/?q=Islamic+Jihad*")
    found = tab.page.locator("table.letters tbody tr")
    assert 0 < found.count() < all_rows
    tab.page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    tab.page.click(f"tr[data-id='{target['id']}'] a.letter-link")
    tab.page.wait_for_url(f"**/letters/{target['id']}")
    flags = tab.page.locator("section.flags")
    assert flags.is_visible() and FLAG in flags.inner_text()
    marks = tab.page.locator("article.report-evidence blockquote.excerpt mark.evidence")
    assert marks.count() > 0 and marks.first.is_visible()
    assert tab.page.locator("article.report-evidence").count() == len(
        {m["document"] for m in target["mentions"]}
    )
    tab.page.screenshot(path=str(ARTIFACTS / "letter.png"), full_page=True)
    assert not tab.errors, tab.errors


def test_full_text_highlights_open(tab: Tab, dev_site: str, dev_register: Path) -> None:
    target = flagged_letter(dev_register)
    tab.page.goto(f"{dev_site}/letters/{target['id']}")
    full = tab.page.locator("article.report-evidence").first
    assert not full.locator("div.report-text").is_visible()
    full.locator("summary").click()
    assert full.locator("div.report-text mark").first.is_visible()


def test_other_pages_render(tab: Tab, dev_site: str) -> None:
    for path, selector in [
        ("/timeline", "section.year"),
        ("/network", "svg.network circle"),
        ("/entities", "table.entities tbody tr"),
        ("/reports", "table.reports tbody tr"),
    ]:
        tab.page.goto(dev_site + path)
        assert tab.page.locator(selector).count() > 0, path
        tab.page.screenshot(path=str(ARTIFACTS / f"{path.strip('/')}.png"), full_page=path == "/network")
    tab.page.click("table.reports tbody tr a >> nth=0")
    assert tab.page.locator("div.report-text").is_visible()
    assert not tab.errors, tab.errors


def test_hostile_report_runs_no_script(tab: Tab, hostile_site: str) -> None:
    tab.page.goto(hostile_site + "/reports")
    tab.page.click("table.reports tbody tr a:has-text('Biden')")
    text = tab.page.locator("div.report-text").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert tab.page.locator("div.report-text script, div.report-text img").count() == 0
    tab.page.click("table.letters a.letter-link >> nth=0")
    tab.page.locator("article.report-evidence summary").first.click()
    tab.page.screenshot(path=str(ARTIFACTS / "hostile.png"), full_page=True)
    assert not tab.dialogs, tab.dialogs
