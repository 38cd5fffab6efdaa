"""The web UI in process (TestClient) on real registers: pages, JSON twins, facets, search, escaping."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient
from lxml import html as lhtml

from lettertrace.web import create_app
from lettertrace.web.highlight import highlight, windows
from lettertrace.web.register_view import safe_url

TEMPLATES = Path(__file__).resolve().parents[1] / "src" / "lettertrace" / "templates"


@pytest.fixture(scope="module")
def client(dev_register: Path) -> TestClient:
    """The web UI over the dev register."""
    return TestClient(create_app(dev_register))


@pytest.fixture(scope="module")
def flagged(flagged_register: Path) -> TestClient:
    """The web UI over invented reports, one of which raises a headline flag that applies."""
    return TestClient(create_app(flagged_register))


@pytest.fixture(scope="module")
def hostile(hostile_register: Path) -> TestClient:
    """The web UI over a register whose reports hold markup and script."""
    return TestClient(create_app(hostile_register))


def page(client: TestClient, url: str) -> Any:
    """GET an HTML page (asserting 200 and text/html) and parse it with lxml."""
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code)
    assert r.headers["content-type"].startswith("text/html")
    return lhtml.fromstring(r.text)


def twin(client: TestClient, url: str) -> Any:
    """GET a JSON twin (asserting 200 and application/json)."""
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code)
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def rows(doc: Any) -> list[str]:
    """Ids of the rows of the first letters table of a page."""
    return [str(x) for x in doc.xpath("(//table[contains(@class, 'letters')])[1]/tbody/tr/@data-id")]


def some_ids(client: TestClient) -> dict[str, str]:
    """A letter, an entity and a report id of the register."""
    letters = twin(client, "/letters.json")["letters"]
    return {
        "letter": letters[0]["id"],
        "entity": letters[0]["sender"]["id"],
        "report": letters[0]["reports"][0],
    }


# ------------------------------------------------------------------ pages and twins


def test_every_page_and_its_json_twin(client: TestClient) -> None:
    ids = some_ids(client)
    paths = [
        "/",
        "/timeline",
        "/network",
        "/entities",
        "/reports",
        f"/letters/{ids['letter']}",
        f"/entities/{ids['entity']}",
        f"/reports/{ids['report']}",
    ]
    for path in paths:
        doc = page(client, path)
        json_url = doc.xpath("//a[contains(@class, 'json-twin')]/@href")[0]
        assert json_url == ("/letters.json" if path == "/" else f"{path}.json")
        assert isinstance(twin(client, json_url), dict)


def test_openapi_lists_the_json_twins(client: TestClient) -> None:
    paths = twin(client, "/openapi.json")["paths"]
    for p in (
        "/letters.json",
        "/letters/{cid}.json",
        "/entities.json",
        "/entities/{eid}.json",
        "/reports.json",
        "/reports/{rid}.json",
        "/timeline.json",
        "/network.json",
    ):
        assert "get" in paths[p], p


def test_letters_table_matches_twin(client: TestClient) -> None:
    data = twin(client, "/letters.json")
    assert data["count"] == data["total"] == len(data["letters"]) > 0
    assert rows(page(client, "/")) == [c["id"] for c in data["letters"]]


def test_not_found_and_read_only(client: TestClient) -> None:
    r = client.get("/letters/c-nothing")
    assert r.status_code == 404 and "c-nothing" in lhtml.fromstring(r.text).xpath(
        "string(//p[@class='error'])"
    )
    assert client.get("/letters/c-nothing.json").status_code == 404
    assert client.get("/entities/e-nobody.json").status_code == 404
    assert client.post("/", data={"q": "x"}).status_code == 403  # read-only: every write refused (issue 12)


def test_security_headers(client: TestClient) -> None:
    r = client.get("/")
    assert "script-src" not in r.headers["content-security-policy"]
    assert "default-src 'none'" in r.headers["content-security-policy"]


# ------------------------------------------------------------------ facets and search


def test_kind_facet_narrows(client: TestClient) -> None:
    data = twin(client, "/letters.json")
    kinds = {o["value"]: o["count"] for o in data["facets"]["kind"]}
    kind = min(kinds, key=kinds.__getitem__)
    narrowed = twin(client, f"/letters.json?kind={kind}")
    assert narrowed["count"] == kinds[kind] < data["total"]
    assert {c["kind"] for c in narrowed["letters"]} == {kind}
    doc = page(client, f"/?kind={kind}")
    assert rows(doc) == [c["id"] for c in narrowed["letters"]]
    assert doc.xpath("//select[@name='kind']/option[@selected]/@value") == [kind]


def test_party_facet_by_id_and_by_name(client: TestClient) -> None:
    data = twin(client, "/letters.json")
    top = data["facets"]["party"][0]
    by_id = twin(client, f"/letters.json?party={top['value']}")
    assert by_id["count"] == top["count"] < data["total"]
    for c in by_id["letters"]:
        assert top["value"] in [c["sender"]["id"], *(r["id"] for r in c["recipients"])]
    surname = top["label"].split()[-1]
    by_name = twin(client, f"/letters.json?party={surname}")
    assert {c["id"] for c in by_id["letters"]} <= {c["id"] for c in by_name["letters"]}


def test_year_facet_and_combined_filters(client: TestClient) -> None:
    data = twin(client, "/letters.json")
    years = [o for o in data["facets"]["year"] if o["value"] != "undated"]
    year = max(years, key=lambda o: o["count"])
    narrowed = twin(client, f"/letters.json?year={year['value']}")
    assert narrowed["count"] == year["count"]
    for c in narrowed["letters"]:
        assert (c["date"]["earliest"] or "")[:4] <= year["value"] <= (c["date"]["latest"] or "9999")[:4]
    kind = narrowed["letters"][0]["kind"]
    both = twin(client, f"/letters.json?year={year['value']}&kind={kind}")
    assert {c["id"] for c in both["letters"]} == {c["id"] for c in narrowed["letters"] if c["kind"] == kind}


def test_outlet_facet(hostile: TestClient) -> None:
    data = twin(hostile, "/letters.json")
    outlets = {o["value"]: o["count"] for o in data["facets"]["outlet"]}
    assert len(outlets) >= 2, outlets
    for outlet, count in outlets.items():
        narrowed = twin(hostile, "/letters.json?" + urlencode({"outlet": outlet}))
        assert narrowed["count"] == count < data["total"]


def test_facet_links_keep_other_filters(client: TestClient) -> None:
    kind = twin(client, "/letters.json")["letters"][0]["kind"]
    doc = page(client, f"/?kind={kind}")
    year_links = doc.xpath("//aside[@class='facets']//a[contains(@href, 'year=')]/@href")
    assert year_links and all(f"kind={kind}" in h for h in year_links)
    chip = doc.xpath("//a[@class='chip']/@href")
    assert chip == ["/"]


def test_search_narrows_to_matching_reports(client: TestClient, dev_register: Path) -> None:
    data = twin(client, "/letters.json")
    word = "Jihad"
    hit = twin(client, f"/letters.json?q={word}")
    assert 0 < hit["count"] < data["total"]
    texts = {
        r["report"]["id"]: r["text"]
        for c in hit["letters"][:3]
        for r in twin(client, f"/letters/{c['id']}.json")["reports"]
    }
    assert any(word.lower() in t.lower() for t in texts.values())
    assert hit["search"]["reports"], "the search lists the matching reports"
    for d in hit["search"]["reports"]:
        assert word.lower() in twin(client, f"/reports/{d['id']}.json")["text"].lower()
    doc = page(client, f"/?q={word}")
    assert rows(doc) == [c["id"] for c in hit["letters"]]
    assert doc.xpath("//input[@name='q']/@value") == [word]


def test_search_finds_quotes_and_survives_fts_syntax(client: TestClient) -> None:
    quote = next(q for q in twin(client, "/letters.json?q=Palestine")["search"]["quotes"])
    assert "palestine" in quote["text"].lower()
    for q in ['"unbalanced', "NEAR(a b", "a AND OR", "*", "Khamenei's"]:
        assert client.get("/", params={"q": q}).status_code == 200
    assert twin(client, "/letters.json?q=zzzqqqxxx")["count"] == 0


# ------------------------------------------------------------------ letter, entity, report pages


def flagged_letter(client: TestClient) -> dict[str, Any]:
    """The letter whose headline flag applies (conftest's FLAGGED_REPORTS: a headline naming Kettle over
    a letter signed by Ostrova), carried by two reports."""
    letters = twin(client, "/letters.json")["letters"]
    (c,) = [c for c in letters if "headline_sender_mismatch" in c["flags"]]
    return c


def busiest_letter(client: TestClient) -> dict[str, Any]:
    """The letter carried by the most reports."""
    return max(twin(client, "/letters.json")["letters"], key=lambda c: len(c["reports"]))


def marked_offsets(div: Any) -> set[int]:
    """Offsets of the non-blank characters of a highlighted text element that lie inside <mark> elements."""
    pos, out = len(div.text or ""), set()
    for child in div:
        n = len(child.text_content())
        if child.tag == "mark":
            out.update(range(pos, pos + n))
        pos += n + len(child.tail or "")
    text = div.text_content()
    return {i for i in out if not text[i].isspace()}


def span_offsets(text: str, spans: list[dict[str, Any]]) -> set[int]:
    """Offsets of the non-blank characters inside any of ``spans``."""
    return {i for s in spans for i in range(s["start"], s["end"]) if not text[i].isspace()}


def test_letter_page_shows_flags_and_parties(flagged: TestClient) -> None:
    c = flagged_letter(flagged)
    assert c["flag_labels"] == ["headline names another sender"] and not c["flags_not_applied"]
    data = twin(flagged, f"/letters/{c['id']}.json")
    (f,) = data["flags"]
    assert f["applies"] and f["about"] is None and f["report"] in c["reports"]
    assert "Kettle" in f["message"] and "Ida Ostrova" in f["message"]
    doc = page(flagged, f"/letters/{c['id']}")
    (box,) = doc.xpath("//section[@class='flags']")
    assert box.get("role") == "alert"
    (label,) = box.xpath(".//strong[@class='flag-label']")
    assert label.text_content() == "headline names another sender" and label.get("title") == f["code"]
    assert f["message"] in box.text_content()
    assert not doc.xpath("//p[@class='flag-not-applied']")
    # "see the evidence" lands on the flag's first span, marked as flag evidence: the headline
    (href,) = box.xpath(".//a[@class='to-span']/@href")
    (mark,) = doc.xpath(f"//mark[@id='{href[1:]}']")
    assert "flag" in mark.get("class").split()
    assert mark.text_content() == "Kettle writes to Verhoeven over river dam"
    h1 = doc.xpath("string(//h1)")
    assert c["sender"]["name"] in h1 and all(r["name"] in h1 for r in c["recipients"])
    assert c["date"]["precision"] in doc.xpath("string(//dl[@class='facts'])")
    listed = page(flagged, "/").xpath(f"//tr[@data-id='{c['id']}']")[0]
    assert listed.get("class") == "flagged"
    assert listed.xpath("string(.//td[@class='flags-cell'])").strip() == "headline names another sender"


def test_letter_page_highlights_every_evidence_span(client: TestClient, flagged: TestClient) -> None:
    for app, c in ((client, busiest_letter(client)), (flagged, flagged_letter(flagged))):
        data = twin(app, f"/letters/{c['id']}.json")
        doc = page(app, f"/letters/{c['id']}")
        articles = doc.xpath("//article[@class='report-evidence']")
        assert len(articles) == len(data["reports"]) == len(c["reports"])
        for art, rep in zip(articles, data["reports"], strict=True):
            full = art.xpath(".//div[@class='report-text']")[0]
            assert full.text_content() == rep["text"], "highlighting must not change the text"
            want = span_offsets(rep["text"], rep["spans"])
            assert want and marked_offsets(full) == want
            assert art.xpath(".//blockquote[@class='excerpt']//mark[contains(@class, 'evidence')]")
    assert any(s["kind"] == "flag" for r in data["reports"] for s in r["spans"])


def test_reply_chain(client: TestClient) -> None:
    replies = [c for c in twin(client, "/letters.json")["letters"] if c["in_reply_to"]]
    if not replies:
        pytest.skip("the dev register has no reply")
    c = replies[0]
    data = twin(client, f"/letters/{c['id']}.json")
    assert data["chain"][0]["id"] == c["in_reply_to"]
    doc = page(client, f"/letters/{c['id']}")
    assert f"/letters/{c['in_reply_to']}" in doc.xpath("//section[@class='chain']//a/@href")
    answered = twin(client, f"/letters/{c['in_reply_to']}.json")
    assert c["id"] in [r["id"] for r in answered["replies"]]


def test_entity_pages(client: TestClient) -> None:
    letters = twin(client, "/letters.json")["letters"]
    listing = twin(client, "/entities.json")
    assert listing["count"] == len(page(client, "/entities").xpath("//table[@class='entities']/tbody/tr"))
    for row in [e for e in listing["entities"] if e["sent"] or e["received"]]:
        data = twin(client, f"/entities/{row['id']}.json")
        doc = page(client, f"/entities/{row['id']}")
        assert (
            len(doc.xpath("//ul[@class='aliases']/li"))
            == len(data["aliases"])
            == len(data["entity"]["aliases"])
        )
        assert len(doc.xpath("//ul[@class='aliases']/li[@class='epithet']")) == len(
            data["entity"]["epithets"]
        )
        assert [c["id"] for c in data["sent"]] == [c["id"] for c in letters if c["sender"]["id"] == row["id"]]
        got = [c["id"] for c in letters if row["id"] in [r["id"] for r in c["recipients"]]]
        assert [c["id"] for c in data["received"]] == got
        assert (row["sent"], row["received"]) == (len(data["sent"]), len(data["received"]))


def test_entity_search(client: TestClient) -> None:
    data = twin(client, "/entities.json?q=Khamenei")
    assert data["count"] >= 1 and all("Khamenei" in e["name"] or e["aliases"] for e in data["entities"])

    def listed(url: str) -> int:  # the correspondents and those named in no letter
        data = twin(client, url)
        return len(data["entities"]) + len(data["named_only"])

    assert listed("/entities.json?kind=person") < listed("/entities.json")


def test_report_page_marks_its_communications(client: TestClient, flagged: TestClient) -> None:
    for app, c in ((client, busiest_letter(client)), (flagged, flagged_letter(flagged))):
        assert len(c["reports"]) > 1
        for rid in c["reports"]:
            data = twin(app, f"/reports/{rid}.json")
            assert c["id"] in [x["id"] for x in data["letters"]]
            doc = page(app, f"/reports/{rid}")
            div = doc.xpath("//div[@class='report-text']")[0]
            assert div.text_content() == data["text"]
            assert marked_offsets(div) == span_offsets(data["text"], data["spans"])
            assert rows(doc) == [x["id"] for x in data["letters"]]


def test_reports_list(client: TestClient) -> None:
    data = twin(client, "/reports.json")
    doc = page(client, "/reports")
    assert [str(x) for x in doc.xpath("//table[@class='reports']/tbody/tr/@data-id")] == [
        d["id"] for d in data["reports"]
    ]


def test_timeline(client: TestClient) -> None:
    data = twin(client, "/timeline.json")
    assert sum(y["count"] for y in data["years"]) == data["count"] == twin(client, "/letters.json")["total"]
    dated = [y["year"] for y in data["years"] if y["year"] != "undated"]
    assert dated == sorted(dated)
    doc = page(client, "/timeline")
    assert len(doc.xpath("//section[@class='year']")) == len(data["years"])
    assert len(doc.xpath("//section[@class='year']//table/tbody/tr")) == data["count"]


def test_network(client: TestClient) -> None:
    data = twin(client, "/network.json")
    letters = twin(client, "/letters.json")["letters"]
    assert sum(e["count"] for e in data["edges"]) == sum(len(c["recipients"]) for c in letters)
    parties = {c["sender"]["id"] for c in letters} | {r["id"] for c in letters for r in c["recipients"]}
    assert {n["id"] for n in data["nodes"]} == parties
    doc = page(client, "/network")
    assert len(doc.xpath("//svg//circle")) == len(data["nodes"])
    assert len(doc.xpath("//svg//path[@class='edge']")) == len(data["edges"])
    assert not doc.xpath("//script")


# ------------------------------------------------------------------ untrusted text


def test_hostile_report_renders_inert(hostile: TestClient) -> None:
    letters = twin(hostile, "/letters.json")["letters"]
    reports = twin(hostile, "/reports.json")["reports"]
    urls = ["/", "/?q=Biden", "/reports", "/timeline", "/network", "/entities"]
    urls += [f"/letters/{c['id']}" for c in letters] + [f"/reports/{d['id']}" for d in reports]
    shown = False
    for url in urls:
        r = hostile.get(url)
        assert r.status_code == 200, url
        low = r.text.lower()
        assert "<script" not in low and "<img" not in low, url
        doc = lhtml.fromstring(r.text)
        assert not doc.xpath("//script | //img | //iframe | //object"), url
        assert not [
            a for el in doc.iter() if isinstance(el.tag, str) for a in el.attrib if a.startswith("on")
        ], url
        assert not [
            h for h in doc.xpath("//@href | //@src") if h.strip().lower().startswith("javascript:")
        ], url
        shown |= "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert shown, "the markup is shown as text, not dropped"
    rid = next(d["id"] for d in reports if "<script>" in d["title"])
    assert "<img src=x onerror=alert(1)>" in twin(hostile, f"/reports/{rid}.json")["text"]


def test_templates_never_mark_text_safe() -> None:
    for tpl in TEMPLATES.glob("*.html"):
        src = tpl.read_text(encoding="utf-8")
        assert "|safe" not in src.replace(" ", "") and "autoescape false" not in src, tpl.name


def test_highlight_escapes_each_piece() -> None:
    text = 'a<b>"c" & d'
    out = highlight(
        text, [{"start": 1, "end": 4, "kind": "evidence"}, {"start": 3, "end": 7, "kind": "quote"}]
    )
    assert str(out) == (
        'a<mark class="evidence">&lt;b</mark><mark class="evidence quote">&gt;</mark>'
        '<mark class="quote">&#34;c&#34;</mark> &amp; d'
    )
    assert str(highlight(text, [], 1, 4)) == "&lt;b&gt;"
    assert str(highlight("a \n\n b", [{"start": 0, "end": 6}])) == '<mark class="evidence">a \n\n b</mark>'
    assert str(highlight("a \n\n b", [{"start": 1, "end": 5}])) == "a \n\n b"
    assert windows("x" * 1000, [{"start": 500, "end": 510}], context=10) == [{"start": 490, "end": 520}]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//evil.example", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_letters_alias_redirects(client: TestClient) -> None:
    r = client.get("/letters?kind=call", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/?kind=call"


def test_serve_command(dev_register: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from lettertrace.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output and "--host" in result.output
    missing = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and not (tmp_path / "none.db").exists()
