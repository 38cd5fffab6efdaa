"""The web UI in a real headless Chromium (Playwright), served by uvicorn over the dev register (and over
invented reports where a test needs a flagged letter: the dev reports raise no flag).

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
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Options
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
def flagged_site(flagged_register: Path) -> Iterator[str]:
    """The web UI over conftest's invented reports with FLAGGED_REPORTS (headline flags), on localhost."""
    yield from serve(flagged_register)


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


def flagged_letter(db: Path, raised_in: str = "headline_mismatch.txt") -> dict[str, Any]:
    """The letter carrying the headline_sender_mismatch flag raised on the invented report ``raised_in``
    (conftest's FLAGGED_REPORTS: there it applies; on two_letters.txt it does not)."""
    reg = register_dict(open_store(db))
    rid = next(d["id"] for d in reg["documents"] if Path(d["source"]).name == raised_in)
    return next(
        c
        for c in reg["communications"]
        if any(f["code"] == FLAG and any(e["report"] == rid for e in f["evidence"]) for f in c["flags"])
    )


def test_search_follow_letter_see_evidence_and_flag(
    tab: Tab, flagged_site: str, flagged_register: Path
) -> None:
    target = flagged_letter(flagged_register)
    tab.page.goto(flagged_site + "/")
    all_rows = tab.page.locator("table.letters tbody tr").count()
    assert all_rows > 1
    # in the list, the flagged row is marked and names its flag in words
    row = tab.page.locator(f"tr[data-id='{target['id']}']")
    assert "flagged" in (row.get_attribute("class") or "")
    assert row.locator("td.flags-cell").inner_text().strip() == "headline names another sender"
    tab.page.fill("input[name=q]", "Silver River")
    tab.page.press("input[name=q]", "Enter")
    tab.page.wait_for_url("**/?q=Silver+River*")
    found = tab.page.locator("table.letters tbody tr")
    assert 0 < found.count() < all_rows
    tab.page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    tab.page.click(f"tr[data-id='{target['id']}'] a.letter-link")
    tab.page.wait_for_url(f"**/letters/{target['id']}")
    # the headline names Kettle, the letter it reproduces is signed by Ostrova: raised in red
    box = tab.page.locator("section.flags")
    assert box.is_visible() and tab.page.locator("p.flag-not-applied").count() == 0
    assert box.locator("strong.flag-label").inner_text() == "headline names another sender"
    assert target["flags"][0]["message"] in box.inner_text()
    red = box.evaluate("(b) => getComputedStyle(b).borderTopColor")
    assert red == "rgb(179, 38, 30)", red  # --flag
    box.locator("a.to-span").click()
    tab.page.wait_for_url("**#flag-0-0")
    mark = tab.page.locator("mark:target")
    assert mark.is_visible() and "flag" in (mark.get_attribute("class") or "").split()
    assert mark.inner_text() == "Kettle writes to Verhoeven over river dam"
    marks = tab.page.locator("article.report-evidence blockquote.excerpt mark.evidence")
    assert marks.count() > 0 and marks.first.is_visible()
    assert tab.page.locator("article.report-evidence").count() == len(
        {m["document"] for m in target["mentions"]}
    )
    tab.page.screenshot(path=str(ARTIFACTS / "letter.png"), full_page=True)
    assert not tab.errors, tab.errors


def test_a_flag_that_does_not_apply_is_said_in_grey(
    tab: Tab, flagged_site: str, flagged_register: Path
) -> None:
    target = flagged_letter(flagged_register, raised_in="two_letters.txt")
    tab.page.goto(f"{flagged_site}/letters/{target['id']}")
    assert tab.page.locator("section.flags").count() == 0
    note = tab.page.locator("p.flag-not-applied")
    assert note.is_visible() and "headline names another sender: not a flag here" in note.inner_text()
    grey = note.evaluate("(p) => getComputedStyle(p.querySelector('.flag-label')).color")
    assert grey != "rgb(179, 38, 30)", grey
    tab.page.screenshot(path=str(ARTIFACTS / "letter-flag-not-applied.png"), full_page=True)
    note.locator("a").click()
    tab.page.wait_for_url("**/letters/c-*")
    assert "Alma Verhoeven" in tab.page.locator("h1").inner_text()
    assert not tab.errors, tab.errors


def test_full_text_highlights_open(tab: Tab, flagged_site: str, flagged_register: Path) -> None:
    target = flagged_letter(flagged_register)
    tab.page.goto(f"{flagged_site}/letters/{target['id']}")
    full = tab.page.locator("article.report-evidence").filter(has=tab.page.locator("mark.flag")).first
    assert not full.locator("div.report-text").is_visible()
    full.locator("details.full summary").click()
    assert full.locator("div.report-text mark").first.is_visible()
    assert full.locator("div.report-text mark.flag").first.is_visible()


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
    tab.page.locator("article.report-evidence details.full summary").first.click()
    tab.page.screenshot(path=str(ARTIFACTS / "hostile.png"), full_page=True)
    assert not tab.dialogs, tab.dialogs


# ------------------------------------------------------------------ layout (issue 11), at two widths

WIDTHS = (1366, 800)
HEIGHT = 900

# Every element and text run inside a letters-table cell must lie inside that cell, no cell may hold
# content wider than itself, and no cell may reach into the next one. Returns what breaks that.
CELLS_JS = """
(table) => {
  const bad = [];
  const inside = (q, r) => q.width === 0 || (q.left >= r.left - 1 && q.right <= r.right + 1);
  for (const tr of table.querySelectorAll('tbody tr')) {
    const cells = [...tr.children];
    cells.forEach((td, i) => {
      const r = td.getBoundingClientRect();
      const where = `${tr.dataset.id} column ${i + 1}`;
      if (td.scrollWidth > td.clientWidth + 1) bad.push(`${where}: ${td.scrollWidth}px of content in ${td.clientWidth}px`);
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const q of range.getClientRects()) {
          if (!inside(q, r)) bad.push(`${where}: "${n.textContent.trim()}" spans ${q.left|0}..${q.right|0}, cell ${r.left|0}..${r.right|0}`);
        }
      }
      if (i + 1 < cells.length && r.right > cells[i + 1].getBoundingClientRect().left + 1) bad.push(`${where} overlaps the next cell`);
    });
  }
  return bad;
}
"""


@pytest.fixture(params=WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def sized(browser: Any, request: pytest.FixtureRequest) -> Iterator[tuple[Tab, int]]:
    """A fresh page at 1366x900 or 800x900, recording console errors."""
    context = browser.new_context(viewport={"width": request.param, "height": HEIGHT})
    t = Tab(context.new_page())
    t.page.on("console", lambda m: t.errors.append(m.text) if m.type == "error" else None)
    t.page.on("pageerror", lambda e: t.errors.append(str(e)))
    yield t, request.param
    context.close()


def sample_pages(db: Path) -> dict[str, str]:
    """A name and path for each kind of page, picked from the dev register (the busiest of each)."""
    reg = register_dict(open_store(db))
    comms = reg["communications"]
    parties = [p for c in comms for p in [c["sender"], *c["recipients"]] if p]
    busiest = max(set(parties), key=parties.count)
    carried = [m["document"] for c in comms for m in c["mentions"]]
    reply = next((c for c in comms if c["in_reply_to"]), comms[0])
    busy = max(comms, key=lambda c: len({m["document"] for m in c["mentions"]}))
    return {
        "letters": "/",
        "search": "/?q=Haniya",
        "letter": f"/letters/{busy['id']}",
        "reply": f"/letters/{reply['id']}",
        "timeline": "/timeline",
        "network": "/network",
        "entities": "/entities",
        "entity": f"/entities/{busiest}",
        "reports": "/reports",
        "report": f"/reports/{max(set(carried), key=carried.count)}",
    }


def test_no_overlapping_cells_in_any_letters_table(
    sized: tuple[Tab, int], dev_site: str, dev_register: Path, flagged_site: str, flagged_register: Path
) -> None:
    tab, width = sized
    checked = 0
    raised = flagged_letter(flagged_register)["flags"][0]["evidence"][0]["report"]
    flagged = {"flagged-letters": flagged_site + "/", "flagged-report": f"{flagged_site}/reports/{raised}"}
    pages = {name: dev_site + path for name, path in sample_pages(dev_register).items()} | flagged
    for name, url in pages.items():
        tab.page.goto(url)
        tab.page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"))
        for i in range(tab.page.locator("table.letters").count()):
            bad = tab.page.locator("table.letters").nth(i).evaluate(CELLS_JS)
            assert not bad, f"{url} at {width}px: {bad[:5]}"
            checked += 1
    assert checked >= 6
    assert not tab.errors, tab.errors


def test_letter_evidence_is_on_the_first_screen(
    sized: tuple[Tab, int], dev_site: str, dev_register: Path
) -> None:
    tab, width = sized
    for c in register_dict(open_store(dev_register))["communications"]:
        tab.page.goto(f"{dev_site}/letters/{c['id']}")
        when = tab.page.locator("p.when").bounding_box()
        mark = tab.page.locator("article.report-evidence blockquote.excerpt mark.evidence").first
        box = mark.bounding_box()
        assert when and box, c["id"]
        if width == 1366:  # the bar: evidence visible without scrolling at 1366x900
            assert box["y"] + box["height"] <= HEIGHT, (c["id"], box)
        assert when["y"] + when["height"] <= HEIGHT / 3, (c["id"], when)


def most_facts(db: Path) -> dict[str, Any]:
    """The letter with the most quotes, paraphrases and demands (each a link to its span)."""
    reg = register_dict(open_store(db))
    said = [q["communication"] for k in ("quotes", "paraphrases") for q in reg[k]]
    return max(reg["communications"], key=lambda c: said.count(c["id"]) + len(c["demands"]))


def test_every_fact_link_lands_on_its_highlighted_span(
    tab: Tab, dev_site: str, dev_register: Path, flagged_site: str, flagged_register: Path
) -> None:
    counted = []
    for url in (
        f"{dev_site}/letters/{most_facts(dev_register)['id']}",
        f"{flagged_site}/letters/{flagged_letter(flagged_register)['id']}",  # "see the evidence" of a flag
    ):
        tab.page.goto(url)
        links = tab.page.locator("a.to-span")
        n = links.count()
        counted.append(n)
        for i in range(n):
            href = links.nth(i).get_attribute("href") or ""
            links.nth(i).click()
            tab.page.wait_for_url(f"**{href}")
            landed = tab.page.evaluate(
                """() => { const t = document.querySelector(':target');
                           const m = t && (t.tagName === 'MARK' ? t : t.nextElementSibling);
                           const r = m.getBoundingClientRect();
                           const top = document.querySelector('header.top').getBoundingClientRect().bottom;
                           return {id: t.id, tag: m.tagName, top: r.top, bottom: r.bottom, header: top,
                                   height: innerHeight}; }"""
            )
            assert landed["id"] == href[1:] and landed["tag"] == "MARK", landed
            assert landed["header"] <= landed["top"] < landed["height"], (
                landed
            )  # in view, not under the header
    assert counted[0] > 3 and counted[1] >= 1, counted


def test_report_text_is_never_cut(tab: Tab, dev_site: str, dev_register: Path) -> None:
    pages = sample_pages(dev_register)
    tab.page.goto(dev_site + pages["letter"])
    tab.page.locator("details.full summary").first.click()
    for path in (pages["letter"], pages["report"]):
        if path != pages["letter"]:
            tab.page.goto(dev_site + path)
        box = tab.page.locator("div.report-text").first
        assert box.is_visible()
        sizes = box.evaluate("(d) => [d.scrollHeight, d.clientHeight]")
        assert sizes[0] <= sizes[1] + 1, (path, sizes)


def test_a_letter_is_on_the_first_screen_of_the_list(sized: tuple[Tab, int], dev_site: str) -> None:
    tab, width = sized
    for path in ("/", "/?q=Haniya&kind=letter&since=2018"):
        tab.page.goto(dev_site + path)
        box = tab.page.locator("table.letters tbody tr").first.bounding_box()
        assert box and box["y"] + box["height"] <= HEIGHT, (path, width, box)


def test_network_labels_stay_inside_the_drawing(sized: tuple[Tab, int], dev_site: str) -> None:
    tab, width = sized
    tab.page.goto(dev_site + "/network")
    outside = tab.page.locator("svg.network").evaluate(
        """(svg) => { const r = svg.getBoundingClientRect();
             return [...svg.querySelectorAll('text.node-label')].map(t => [t.textContent, t.getBoundingClientRect()])
               .filter(([_, q]) => q.left < r.left - 1 || q.right > r.right + 1 || q.top < r.top - 1 || q.bottom > r.bottom + 1)
               .map(([s]) => s); }"""
    )
    assert not outside, outside
    assert tab.page.locator("ul.network-legend li").count() >= 3
    tab.page.screenshot(path=str(ARTIFACTS / f"network-full-{width}.png"), full_page=True)


def test_timeline_draws_intervals_inside_each_year(tab: Tab, dev_site: str) -> None:
    tab.page.goto(dev_site + "/timeline?since=2018")
    bars = tab.page.locator("table.letters svg.track rect.interval")
    assert bars.count() > 0
    for i in range(bars.count()):
        inside = bars.nth(i).evaluate(
            """(b) => { const s = b.ownerSVGElement.getBoundingClientRect(), r = b.getBoundingClientRect();
                        return r.width > 0 && r.left >= s.left && r.right <= s.right + 1; }"""
        )
        assert inside, i
    assert tab.page.locator("a.chip").count() == 1


@pytest.fixture(scope="module")
def invented_site(shared_invented_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The web UI over a register of the invented reports (what the README's screenshots show: no
    third-party report text)."""
    db = tmp_path_factory.mktemp("invented-register") / "invented.db"
    files, _ = list_inputs([shared_invented_corpus])
    assert not ingest_files(open_store(db), files, Options()).failed
    yield from serve(db)


def test_readme_screenshots(browser: Any, invented_site: str) -> None:
    """The letter page at 1366x900 and the letters list at 800 px, over invented reports; the README
    shows copies of these (docs/screenshots/, reduced to a small palette)."""
    for width, path, name in ((1366, "/letters.json", "readme-letter"), (800, "/", "readme-letters")):
        context = browser.new_context(viewport={"width": width, "height": 720 if width == 1366 else 900})
        page = context.new_page()
        if path.endswith(".json"):
            letters = page.goto(invented_site + path).json()["letters"]  # type: ignore[union-attr]
            quoted = next(c for c in letters if c["kind"] == "letter")
            path = f"/letters/{quoted['id']}"
        page.goto(invented_site + path)
        assert page.locator("table.letters tbody tr, article.report-evidence").count() > 0
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"))
        context.close()
