"""Issue 11 in the web UI, in process over the dev register: dates with how they were worked out, the
letter page's order and links from every fact to its span, flags only where they apply, filters that
match the CLI (several values, any case, date ranges, sort, keyset paging), search with snippets and
aliases, downloads of the current view, timeline intervals, network labels, tab titles, OpenAPI schemas."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from fastapi.testclient import TestClient
from lxml import etree
from lxml import html as lhtml

from lettertrace import query
from lettertrace.export.register_data import communication_list
from lettertrace.store import open_store
from lettertrace.web import create_app
from lettertrace.web.app import template_env
from lettertrace.web.display import flag_rows

HEADLINE_FLAG = "headline_sender_mismatch"
NASTY_QUERIES = [
    '"unbalanced',
    "NEAR(a b",
    "a AND OR",
    "*",
    "^x",
    "a:b",
    "(",
    ")",
    "-",
    '""',
    "Khamenei's",
    "x\u0000y",
]


@pytest.fixture(scope="module")
def client(dev_register: Path) -> TestClient:
    return TestClient(create_app(dev_register))


@pytest.fixture(scope="module")
def comms(dev_register: Path) -> dict[str, dict[str, Any]]:
    """The register's communications as the export gives them."""
    return {c["id"]: c for c in communication_list(open_store(dev_register))}


def get_json(client: TestClient, url: str) -> Any:
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code, r.text[:200])
    return r.json()


def get_html(client: TestClient, url: str) -> Any:
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code)
    return lhtml.fromstring(r.text)


def ids_of(data: dict[str, Any]) -> list[str]:
    return [c["id"] for c in data["letters"]]


def every_page(client: TestClient, url: str) -> list[str]:
    """Ids of every letter of a query, following the JSON twin's keyset ``next`` links."""
    out: list[str] = []
    while url:
        data = get_json(client, url)
        out += ids_of(data)
        url = data["paging"]["next_json"]
    return out


# ------------------------------------------------------------------ dates: how they were worked out


def test_letter_rows_say_how_each_date_was_worked_out(client: TestClient, comms: dict[str, Any]) -> None:
    data = get_json(client, "/letters.json")
    doc = get_html(client, "/")
    inferred = [c for c in data["letters"] if c["when"]["inferred"]]
    stated = [c for c in data["letters"] if c["when"]["certainty"] == "stated"]
    assert inferred and stated, "the dev register has both"
    for row in data["letters"]:
        c = comms[row["id"]]
        assert row["when"]["basis"] == c["date_basis"] and row["when"]["inferred"] == c["date_inferred"]
        cell = doc.xpath(f"//tr[@data-id='{row['id']}']/td[@class='date']")[0]
        basis = cell.xpath("string(.//small[contains(@class, 'basis')])")
        assert c["date_basis"] in basis
        assert basis.startswith("inferred:") == c["date_inferred"]


def test_an_interval_is_two_unbreakable_ends(client: TestClient) -> None:
    data = get_json(client, "/letters.json")
    doc = get_html(client, "/")
    for row in data["letters"]:
        ends = [
            str(x).strip()
            for x in doc.xpath(f"//tr[@data-id='{row['id']}']/td[@class='date']/span[@class='d']/text()")
        ]
        lo, hi = row["date"]["earliest"], row["date"]["latest"]
        if lo and hi and lo != hi:
            assert ends == [f"{lo}..", hi]
        elif lo and lo == hi:
            assert ends == [lo]


# ------------------------------------------------------------------ flags


def flag(message: str, report: str = "r1") -> dict[str, Any]:
    return {"code": HEADLINE_FLAG, "message": message, "evidence": [{"report": report, "start": 0, "end": 5}]}


def comm(
    cid: str,
    sender: str,
    flags: list[dict[str, Any]],
    reports: tuple[str, ...] = ("r1",),
    reproduced: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A communication told of in ``reports``, its text reproduced in ``reproduced``."""
    return {
        "id": cid,
        "sender": sender,
        "recipients": ["e-z"],
        "flags": flags,
        "mentions": [{"document": r, "start": 0, "end": 5} for r in reports],
        "full_texts": [{"document": r, "start": 10, "end": 50} for r in reproduced],
    }


ENTITIES = {
    "e-ana": {"id": "e-ana", "name": "Ana Berg", "aliases": ["Berg"], "roles": []},
    "e-tom": {"id": "e-tom", "name": "Tom Kettle", "aliases": ["the head of the Valley Front"], "roles": []},
}
MESSAGE = "headline attributes the letter to Valley Front, but the text it reproduces is signed by Ana Berg"


def test_a_headline_flag_applies_when_no_other_letter_of_the_report_is_the_headlines() -> None:
    alone = comm("c-1", "e-ana", [flag(MESSAGE)])
    (row,) = flag_rows(alone, [alone], ENTITIES.get)
    assert row["applies"] and row["label"] == "headline names another sender" and row["report"] == "r1"
    other_report = comm("c-2", "e-tom", [], reports=("r2",), reproduced=("r2",))  # the headline's, elsewhere
    assert flag_rows(alone, [alone, other_report], ENTITIES.get)[0]["applies"]
    # a letter from the headline's sender that the report states but does not reproduce (the headline's
    # own claim, say): the headline still contradicts the text the report reproduces
    claimed = comm("c-2", "e-tom", [])
    assert flag_rows(alone, [alone, claimed], ENTITIES.get)[0]["applies"]


def test_a_headline_flag_does_not_apply_when_the_headline_is_about_another_reproduced_letter() -> None:
    flagged = comm("c-1", "e-ana", [flag(MESSAGE)])
    headline_letter = comm("c-2", "e-tom", [], reproduced=("r1",))  # same report, signed by the headline's
    (row,) = flag_rows(flagged, [flagged, headline_letter], ENTITIES.get)
    assert not row["applies"] and row["about"] == {"id": "c-2", "sender": "Tom Kettle"}
    front = comm("c-3", "e-tom", [], reproduced=("r1",))
    partial = flag(
        "headline attributes the letter to Valley, but the text it reproduces is signed by Ana Berg"
    )
    assert flag_rows(comm("c-1", "e-ana", [partial]), [front], ENTITIES.get)[0]["applies"] is False
    near = flag("headline attributes the letter to Valley Fronts, but the text it reproduces is signed by X")
    assert flag_rows(comm("c-1", "e-ana", [near]), [front], ENTITIES.get)[0]["applies"]  # whole words only


def test_lists_show_a_flag_label_not_its_code() -> None:
    row = {
        "id": "c-1",
        "kind": "letter",
        "implied": False,
        "when": {
            "earliest": "2021-05-11",
            "latest": "2021-05-18",
            "precision": "month",
            "single": False,
            "basis": "recent past",
            "inferred": True,
            "certainty": "inferred",
        },
        "sender": {"id": "e-ana", "name": "Ana Berg", "type": "person"},
        "recipients": [{"id": "e-tom", "name": "Tom Kettle", "type": "person"}],
        "in_reply_to": None,
        "reports": ["r1"],
        "flags": [HEADLINE_FLAG],
        "flag_labels": ["headline names another sender"],
    }
    macro = template_env().get_template("_macros.html").module.letters_table  # type: ignore[attr-defined]
    cell = lhtml.fromstring(str(macro([row]))).xpath("//td[@class='flags-cell']")[0]
    assert cell.text_content().strip() == "headline names another sender"
    assert cell.xpath(".//span/@title") == [HEADLINE_FLAG]
    assert lhtml.fromstring(str(macro([row]))).xpath("//tr[@class='flagged']")


@pytest.fixture(scope="module")
def flagged(flagged_register: Path) -> TestClient:
    """The web UI over conftest's invented reports with FLAGGED_REPORTS."""
    return TestClient(create_app(flagged_register))


def headline_flagged(client: TestClient, applies: bool) -> dict[str, Any]:
    """The letter of the flagged register whose headline flag applies (headline_mismatch.txt: the
    headline names Kettle, the letter is signed by Ostrova), or the one whose flag does not
    (two_letters.txt: the headline is about Verhoeven's letter, reproduced beside Ostrova's)."""
    rows = get_json(client, "/letters.json")["letters"]
    (c,) = [c for c in rows if HEADLINE_FLAG in c["flags" if applies else "flags_not_applied"]]
    return c


def test_a_true_headline_flag_is_raised_in_red(flagged: TestClient) -> None:
    c = headline_flagged(flagged, applies=True)
    assert c["flag_labels"] == ["headline names another sender"] and not c["flags_not_applied"]
    assert c["sender"]["name"] == "Ida Ostrova"
    data = get_json(flagged, f"/letters/{c['id']}.json")
    (f,) = data["flags"]
    assert f["applies"] and f["about"] is None
    assert f["message"] == (
        "headline attributes the letter to Kettle, but the text it reproduces is signed by Ida Ostrova"
    )
    doc = get_html(flagged, f"/letters/{c['id']}")
    box = doc.xpath("//section[@class='flags']")[0]
    assert box.xpath("string(.//strong[@class='flag-label'])") == "headline names another sender"
    assert f["message"] in box.text_content()
    evidence = [doc.xpath(f"string(//mark[@id='flag-0-{i}'])") for i in range(len(f["evidence"]))]
    assert evidence[0] == "Kettle writes to Verhoeven over river dam"  # the headline, then the signature
    assert any("Ida Ostrova" in e for e in evidence[1:])
    assert not doc.xpath("//p[@class='flag-not-applied']")
    assert get_html(flagged, "/").xpath(f"//tr[@data-id='{c['id']}' and @class='flagged']")


def test_a_headline_flag_about_another_reproduced_letter_is_shown_as_not_applying(
    flagged: TestClient,
) -> None:
    c = headline_flagged(flagged, applies=False)
    assert HEADLINE_FLAG not in c["flags"] and c["sender"]["name"] == "Ida Ostrova"
    data = get_json(flagged, f"/letters/{c['id']}.json")
    (f,) = [f for f in data["flags"] if f["code"] == HEADLINE_FLAG]
    assert not f["applies"] and f["about"]["id"] != c["id"]
    other = get_json(flagged, f"/letters/{f['about']['id']}.json")["letter"]
    assert (
        f["report"] in other["reports"]
        and other["sender"]["name"] == f["about"]["sender"] == "Alma Verhoeven"
    )
    assert not other["flags"] and not other["flags_not_applied"]
    doc = get_html(flagged, f"/letters/{c['id']}")
    assert not doc.xpath("//section[@class='flags']")
    note = doc.xpath("//p[@class='flag-not-applied']")[0]
    assert "headline names another sender: not a flag here" in note.text_content()
    assert f["message"] in note.text_content()
    assert f"/letters/{f['about']['id']}" in note.xpath(".//a/@href")
    assert not [s for r in data["reports"] for s in r["spans"] if s["kind"] == "flag"]
    assert not doc.xpath("//article//mark[contains(concat(' ', @class, ' '), ' flag ')]")  # evidence unmarked
    assert not get_html(flagged, "/").xpath(f"//tr[@data-id='{c['id']}' and @class='flagged']")


@pytest.mark.parametrize("applies", [True, False], ids=["red", "grey"])
def test_a_flag_shows_only_on_the_report_that_raised_it(flagged: TestClient, applies: bool) -> None:
    c = headline_flagged(flagged, applies)
    raised = get_json(flagged, f"/letters/{c['id']}.json")["flags"][0]["report"]
    assert len(c["reports"]) == 2, "the flagged letter is carried by two reports"
    for rid in c["reports"]:
        data = get_json(flagged, f"/reports/{rid}.json")
        doc = get_html(flagged, f"/reports/{rid}")
        codes = [f["code"] for f in data["flags"]]
        assert (HEADLINE_FLAG in codes) == (rid == raised)
        assert bool(doc.xpath("//section[@class='flags']")) == (applies and rid == raised)
        assert bool(doc.xpath("//p[@class='flag-not-applied']")) == (not applies and rid == raised)
        flag_marks = [s for s in data["spans"] if s["kind"] == "flag"]
        assert bool(flag_marks) == (applies and rid == raised)  # only a flag that applies marks its evidence


# ------------------------------------------------------------------ the letter page


def test_letter_page_leads_with_who_whom_when_and_the_evidence(client: TestClient) -> None:
    for row in get_json(client, "/letters.json")["letters"]:
        data = get_json(client, f"/letters/{row['id']}.json")
        doc = get_html(client, f"/letters/{row['id']}")
        main = doc.xpath("//main")[0]
        order = [el.tag + "." + (el.get("class") or "") for el in main]
        assert order[:2] == ["h1.", "p.when"], order
        h1 = doc.xpath("string(//h1)")
        assert row["sender"]["name"] in h1 and all(r["name"] in h1 for r in row["recipients"])
        when = doc.xpath("string(//p[@class='when'])")
        assert data["when"]["certainty_text"] in when and data["when"]["basis"] in when
        ev = order.index("section.evidence")
        later = [
            i
            for i, o in enumerate(order)
            if o.startswith("section.") and o not in ("section.evidence", "section.flags")
        ]
        assert all(i > ev for i in later), "quotes, demands and the chain come after the evidence"
        first = doc.xpath("//article[@class='report-evidence']")[0]
        assert first.xpath(".//p[@class='as-reported']") or not data["reports"][0]["as_reported"]
        assert first.xpath(".//blockquote[@class='excerpt']//mark[contains(@class, 'evidence')]")


def test_every_quote_paraphrase_and_demand_names_its_report_and_links_to_its_span(client: TestClient) -> None:
    checked = 0
    for row in get_json(client, "/letters.json")["letters"]:
        data = get_json(client, f"/letters/{row['id']}.json")
        doc = get_html(client, f"/letters/{row['id']}")
        ids = doc.xpath("//@id")
        assert len(ids) == len(set(ids)), "anchor ids are unique"
        for key, ul in (("quotes", "quotes"), ("paraphrases", "paraphrases"), ("demands", "demands")):
            items = doc.xpath(f"//ul[@class='{ul}']/li")
            assert len(items) == len(data[key])
            for li, fact in zip(items, data[key], strict=True):
                (a,) = li.xpath(".//a[@class='to-span']")
                assert a.text_content() == fact["report"]["title"]
                href = a.get("href")
                assert href.startswith("#"), href
                (target,) = doc.xpath(f"//*[@id='{href[1:]}']")
                mark = target if target.tag == "mark" else target.getnext()
                assert mark.tag == "mark" and target.xpath("ancestor::blockquote[@class='excerpt']")
                article = target.xpath("ancestor::article[@class='report-evidence']")[0]
                assert article.get("id") == f"report-{fact['document']}"
                text = next(r["text"] for r in data["reports"] if r["report"]["id"] == fact["document"])
                assert mark.text_content().strip() in text[fact["start"] : fact["end"]]
                checked += 1
    assert checked > 10


def test_the_full_text_is_whole_and_uncut(client: TestClient) -> None:
    css = (Path(__file__).resolve().parents[1] / "src/lettertrace/static/style.css").read_text()
    rule = css[css.index(".report-text {") :].split("}")[0]
    assert "max-height" not in rule and "overflow: auto" not in rule


def test_each_letter_page_has_its_own_tab_title(client: TestClient) -> None:
    titles = {}
    for row in get_json(client, "/letters.json")["letters"]:
        t = get_html(client, f"/letters/{row['id']}").xpath("string(//title)")
        assert row["sender"]["name"] in t and row["date"]["label"] in t
        titles[row["id"]] = t
    assert len(set(titles.values())) == len(titles)


# ------------------------------------------------------------------ filters, as the CLI takes them


def test_facets_take_several_values_in_any_case(client: TestClient) -> None:
    kinds = {o["value"]: o["count"] for o in get_json(client, "/letters.json")["facets"]["kind"]}
    assert len(kinds) >= 2
    a, b = sorted(kinds)[:2]
    both = get_json(client, f"/letters.json?kind={a.upper()}&kind={b}&kind={b.title()}")
    assert both["count"] == kinds[a] + kinds[b] and both["filters"]["kind"] == [a.upper(), b]
    assert {c["kind"] for c in both["letters"]} == {a, b}
    assert get_json(client, f"/letters.json?kind={a}")["count"] == kinds[a]
    facet = {o["value"]: o for o in get_json(client, f"/letters.json?kind={a}")["facets"]["kind"]}
    assert facet[b]["count"] == kinds[b] and not facet[b]["selected"], (
        "a facet's own filter leaves its counts"
    )
    assert sorted(v for k, v in parse_qsl(urlsplit(facet[b]["url"]).query) if k == "kind") == sorted([a, b])
    assert [v for k, v in parse_qsl(urlsplit(facet[a]["url"]).query) if k == "kind"] == []


def test_party_filters_match_the_cli(client: TestClient, dev_register: Path) -> None:
    store = open_store(dev_register)
    for name in ("Khamenei", "khamenei", "HANIYEH", "Ismail Haniyeh"):
        cli = [c["id"] for c in query.filter_comms(store, party=name)]
        assert sorted(ids_of(get_json(client, "/letters.json?" + urlencode({"party": name})))) == sorted(cli)
    two = get_json(client, "/letters.json?party=Khamenei&party=Haniyeh")
    want = {c["id"] for n in ("Khamenei", "Haniyeh") for c in query.filter_comms(store, party=n)}
    assert set(ids_of(two)) == want


@pytest.mark.parametrize(
    ("since", "until"),
    [("2021", None), (None, "2018-04"), ("2018-04-04", "2021-05-12"), ("2020-09", "2020-09")],
)
def test_date_ranges_match_the_cli(
    client: TestClient, dev_register: Path, since: str | None, until: str | None
) -> None:
    cli = [c["id"] for c in query.filter_comms(open_store(dev_register), since=since, until=until)]
    params = {k: v for k, v in (("since", since), ("until", until)) if v}
    assert ids_of(get_json(client, "/letters.json?" + urlencode(params))) == cli


@pytest.mark.parametrize(
    ("params", "paths"),
    [
        ({"since": "2021-13-45"}, ("/", "/letters.json", "/letters.csv", "/letters.xml", "/timeline")),
        ({"until": "2021-02-30"}, ("/", "/letters.json", "/letters.csv", "/timeline.json")),
        ({"sort": "sideways"}, ("/", "/letters.json", "/letters.csv")),
        ({"limit": "0"}, ("/", "/letters.json")),
        ({"limit": "x"}, ("/letters.json",)),
        ({"after": "!!"}, ("/", "/letters.json")),
    ],
)
def test_unusable_parameters_are_a_400_saying_why(
    client: TestClient, params: dict[str, str], paths: tuple[str, ...]
) -> None:
    for path in paths:
        r = client.get(path + "?" + urlencode(params))
        assert r.status_code == 400, (path, params, r.status_code)
        assert list(params)[0] in r.text


def test_sorts(client: TestClient) -> None:
    by_date = ids_of(get_json(client, "/letters.json"))
    assert ids_of(get_json(client, "/letters.json?sort=-date")) == by_date[::-1]
    counts = [len(c["reports"]) for c in get_json(client, "/letters.json?sort=reports")["letters"]]
    assert counts == sorted(counts, reverse=True)
    assert ids_of(get_json(client, "/letters.json?sort=id")) == sorted(by_date)


@pytest.mark.parametrize("sort", ["date", "-date", "reports", "id"])
def test_keyset_paging_walks_every_letter_once(client: TestClient, sort: str) -> None:
    whole = ids_of(get_json(client, f"/letters.json?sort={sort}"))
    assert len(whole) > 3
    assert every_page(client, f"/letters.json?sort={sort}&limit=3") == whole
    first = get_json(client, f"/letters.json?sort={sort}&limit=3")
    assert first["shown"] == 3 and first["count"] == len(whole)
    doc = get_html(client, f"/?sort={sort}&limit=3")
    nxt = doc.xpath("//nav[@class='paging']/a[@rel='next']/@href")[0]
    assert ids_of(get_json(client, nxt.replace("/?", "/letters.json?", 1))) == whole[3:6]
    other = "id" if sort != "id" else "date"
    cursor = first["paging"]["next_cursor"]
    assert client.get(f"/letters.json?sort={other}&after={cursor}").status_code == 400


def test_chips_name_the_filters_and_remove_one_value(client: TestClient) -> None:
    top = get_json(client, "/letters.json")["facets"]["party"][:2]
    url = "/?" + urlencode([("party", top[0]["value"]), ("party", top[1]["value"]), ("since", "2018")])
    doc = get_html(client, url)
    chips = doc.xpath("//a[@class='chip']")
    assert [c.text_content().rstrip(" ✕") for c in chips] == [top[0]["label"], top[1]["label"], "from 2018"]
    assert not any(t["value"] in c.text_content() for c in chips for t in top), "no raw ids"
    left = parse_qsl(urlsplit(chips[0].get("href")).query)
    assert left == [("party", top[1]["value"]), ("since", "2018")]


def test_a_value_nothing_has_says_so(client: TestClient) -> None:
    data = get_json(client, "/letters.json?party=Zzyzx&kind=lettre")
    assert data["count"] == 0
    assert [c["label"] for c in data["chips"]] == [
        "Zzyzx (no such party)",
        "lettre (no such kind: letter, message, call)",
    ]


# ------------------------------------------------------------------ search


def test_search_expands_an_alias_and_shows_snippets(client: TestClient, comms: dict[str, Any]) -> None:
    data = get_json(client, "/letters.json?q=Haniya")  # the reports spell it Haniyeh
    (also,) = [e for e in data["search"]["also"] if e["name"] == "Ismail Haniyeh"]
    his = {c["id"] for c in comms.values() if also["id"] in [c["sender"], *c["recipients"]]}
    assert his and his <= set(ids_of(data))
    hits = [p["text"] for r in data["search"]["reports"] for p in r["snippet"] if p["hit"]]
    assert (
        hits
        and {h.lower() for h in hits} <= {"haniya", "ismail", "haniyeh"}
        and "haniyeh" in str(hits).lower()
    )
    doc = get_html(client, "/?q=Haniya")
    assert doc.xpath("//ul[@class='search-reports']//mark[@class='hit']")
    assert "Ismail Haniyeh" in doc.xpath("string(//p[@class='expanded'])")


def test_a_word_inside_someones_alias_is_no_alias(client: TestClient) -> None:
    data = get_json(client, "/letters.json?q=Jihad")
    assert all(e["name"] != "Ali Khamenei" for e in data["search"]["also"])
    assert 0 < data["count"] < data["total"]


@pytest.mark.parametrize("q", NASTY_QUERIES)
def test_fts_syntax_typed_by_a_user_never_errors(client: TestClient, q: str) -> None:
    for path in ("/", "/letters.json", "/timeline", "/letters.csv", "/letters.xml"):
        assert client.get(path, params={"q": q}).status_code == 200, (path, q)


# ------------------------------------------------------------------ downloads of the current view


def test_csv_download_is_the_current_view(client: TestClient) -> None:
    view = "kind=letter&sort=-date"
    want = every_page(client, f"/letters.json?{view}&limit=2")
    r = client.get(f"/letters.csv?{view}&limit=2&after=ignored")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.text.startswith("\ufeff") and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert [x["id"] for x in rows] == want and {x["kind"] for x in rows} == {"letter"}
    links = get_html(client, f"/?{view}").xpath("//span[@class='downloads']/a/@href")
    assert f"/letters.csv?{view}" in links and f"/letters.xml?{view}" in links


def test_cmif_download_is_the_current_view_and_valid(client: TestClient, tmp_path: Path) -> None:
    from test_cmif_validate import ALLOWED_WARNINGS, validate

    want = ids_of(get_json(client, "/letters.json?kind=call&kind=message"))
    r = client.get("/letters.xml?kind=call&kind=message")
    assert r.status_code == 200
    tree = etree.fromstring(r.content)
    keys = tree.xpath("//t:correspDesc/@key", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert keys == want
    out = tmp_path / "view.xml"
    out.write_bytes(r.content)
    status, lines = validate(out)
    assert status == 0 and not [ln for ln in lines if not any(p.match(ln) for p in ALLOWED_WARNINGS)], lines
