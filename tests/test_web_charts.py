"""Issue 11 in the web UI, continued: the timeline's intervals and filters, the network's labels and
legend, the OpenAPI response schemas, and anchored highlighting (in process, over the dev register)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient
from lxml import html as lhtml

from lettertrace.export.register_data import communication_list
from lettertrace.store import open_store
from lettertrace.web import create_app
from lettertrace.web.highlight import highlight
from lettertrace.web.schemas import SCHEMAS
from lettertrace.web.views.network import CHAR_W, LABEL_CHARS
from lettertrace.web.views.timeline import MIN_BAR


@pytest.fixture(scope="module")
def client(dev_register: Path) -> TestClient:
    return TestClient(create_app(dev_register))


@pytest.fixture(scope="module")
def comms(dev_register: Path) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in communication_list(open_store(dev_register))}


def get_json(client: TestClient, url: str) -> Any:
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code)
    return r.json()


def get_html(client: TestClient, url: str) -> Any:
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code)
    return lhtml.fromstring(r.text)


# ------------------------------------------------------------------ timeline and network


def test_timeline_draws_each_letters_interval(client: TestClient, comms: dict[str, Any]) -> None:
    data = get_json(client, "/timeline.json")
    drawn = 0
    for y in data["years"]:
        if y["year"] == "undated":
            assert y["chart"] is None and all(c["bar"] is None for c in y["letters"])
            continue
        assert [t["label"] for t in y["chart"]["ticks"]] == list("JFMAMJJASOND")
        for row in y["letters"]:
            c, bar = comms[row["id"]], row["bar"]
            assert 0 <= bar["x"] and bar["x"] + bar["width"] <= 100.001 and bar["width"] > 0
            assert ("inferred" in bar["class"].split()) == c["date_inferred"]
            lo, hi = c["date"]["earliest"], c["date"]["latest"]
            if lo and hi and lo[:4] == hi[:4] and lo != hi:
                assert bar["width"] > MIN_BAR, "a multi-day interval is drawn as a bar"
            drawn += 1
    doc = get_html(client, "/timeline")
    assert (
        len(doc.xpath("//table[contains(@class, 'with-track')]//rect[contains(@class, 'interval')]"))
        == drawn
        > 0
    )


def test_timeline_lists_each_letter_once(client: TestClient) -> None:
    """Issue 11: each letter in one row of its year's table, its interval bar in that row (the chart
    above the table used to list every letter a second time, by its parties)."""
    data = get_json(client, "/timeline.json")
    ids = [c["id"] for y in data["years"] for c in y["letters"]]
    assert len(ids) == len(set(ids)) == data["count"] > 0
    doc = get_html(client, "/timeline")
    for cid in ids:
        rows = doc.xpath(f"//section[@class='year']//tr[@data-id='{cid}']")
        assert len(rows) == 1, cid
        listed = {
            a.xpath("ancestor::tr[1]/@data-id")[0] if a.xpath("ancestor::tr") else None
            for a in doc.xpath(f"//section[@class='year']//a[@href='/letters/{cid}']")
            if not a.xpath("ancestor::small")  # 'reply to <id>' in the answer's row names it, not lists it
        }
        assert listed == {cid}, (cid, listed)
        drawn = doc.xpath(f"//section[@class='year']//*[@data-id='{cid}' and not(self::tr)]")
        assert all(d.xpath("ancestor::tr[1]/@data-id") == [cid] for d in drawn), cid


def test_timeline_filters(client: TestClient) -> None:
    calls = get_json(client, "/timeline.json?kind=call")
    assert calls["count"] == get_json(client, "/letters.json?kind=call")["count"] < calls["total"]
    assert {c["kind"] for y in calls["years"] for c in y["letters"]} == {"call"}
    doc = get_html(client, "/timeline?kind=call&since=2020")
    assert [c.get("href") for c in doc.xpath("//a[@class='chip']")] == [
        "/timeline?since=2020",
        "/timeline?kind=call",
    ]


def test_network_labels_fit_and_a_legend_is_shown(client: TestClient) -> None:
    data = get_json(client, "/network.json")
    half = data["size"] / 2
    for n in data["nodes"]:
        assert len(n["label"]) <= LABEL_CHARS and (n["label"] == n["name"] or n["label"].endswith("…"))
        reach = ((n["lx"] - half) ** 2 + (n["ly"] - half) ** 2) ** 0.5 + len(n["label"]) * CHAR_W
        assert reach <= half, n["name"]
    legend = get_html(client, "/network").xpath("string(//ul[@class='network-legend'])")
    assert "person" in legend and "sender → recipient" in legend


# ------------------------------------------------------------------ OpenAPI and highlighting


def test_openapi_publishes_response_schemas_the_twins_follow(client: TestClient) -> None:
    paths = get_json(client, "/openapi.json")["paths"]
    c = get_json(client, "/letters.json")["letters"][0]
    urls = {
        "/letters.json": "/letters.json?q=Haniya&kind=letter",
        "/letters/{cid}.json": f"/letters/{c['id']}.json",
        "/entities.json": "/entities.json",
        "/entities/{eid}.json": f"/entities/{c['sender']['id']}.json",
        "/reports.json": "/reports.json",
        "/reports/{rid}.json": f"/reports/{c['reports'][0]}.json",
        "/timeline.json": "/timeline.json",
        "/network.json": "/network.json",
    }
    corrections = {"/corrections.json", "/corrections/{n}.json"}  # with a correction: tests/test_web_api.py
    assert set(urls) == set(SCHEMAS) - corrections
    for path, url in urls.items():
        schema = paths[path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema["required"] == SCHEMAS[path]["required"]
        jsonschema.validate(get_json(client, url), SCHEMAS[path])


def test_highlight_anchors_each_span_once() -> None:
    text = "Alpha beta gamma delta."
    spans = [
        {"start": 0, "end": 10, "kind": "evidence", "id": "ev"},
        {"start": 6, "end": 16, "kind": "quote", "id": "q-1"},
        {"start": 6, "end": 10, "kind": "demand", "id": "d-1"},
    ]
    doc = lhtml.fromstring(f"<div>{highlight(text, spans, anchors=True)}</div>")
    assert doc.text_content() == text
    assert sorted(doc.xpath("//@id")) == ["d-1", "ev", "q-1"]
    assert doc.xpath("//mark[@id='ev']")[0].text == "Alpha "
    (extra,) = doc.xpath("//a[@class='anchor']")
    assert extra.getnext().tag == "mark" and extra.getnext().text == "beta"
    assert not lhtml.fromstring(f"<div>{highlight(text, spans)}</div>").xpath("//@id"), "ids only when asked"
