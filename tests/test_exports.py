"""Exports of the dev register: CMIF v1.1 rules checked one by one on the real XML, CSV, GraphML, JSON."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from lxml import etree
from sqlalchemy import insert, update
from typer.testing import CliRunner

from lettertrace.cli import app
from lettertrace.export import load_all
from lettertrace.export.cmif import bibl_id, bibl_type, date_attrs
from lettertrace.export.register_data import register_dict
from lettertrace.store import communications, entities, open_store

TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CC_BY = "https://creativecommons.org/licenses/by/4.0/"
runner = CliRunner()


def run_export(db: Path, fmt: str, output: Path | None = None, *extra: str) -> str:
    """Run ``lettertrace export`` in process; returns stdout (asserting exit code 0)."""
    args = ["export", "--db", str(db), "--format", fmt] + (["--output", str(output)] if output else [])
    result = runner.invoke(app, args + list(extra))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def register(dev_register: Path) -> dict[str, Any]:
    """The dev register's JSON export, parsed."""
    return register_dict(open_store(dev_register))


CMIF_URL = "https://example.org/lettertrace/register.xml"


@pytest.fixture(scope="module")
def cmif(dev_register: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The CMIF export of the dev register, written by the CLI (no --cmif-url) and parsed with lxml."""
    out = tmp_path_factory.mktemp("cmif") / "register.xml"
    run_export(dev_register, "cmif", out)
    return etree.parse(str(out))


@pytest.fixture(scope="module")
def cmif_with_url(dev_register: Path) -> Any:
    """The CMIF export of the dev register with ``--cmif-url``, from stdout."""
    return etree.fromstring(run_export(dev_register, "cmif", None, "--cmif-url", CMIF_URL).encode("utf-8"))


def corresp(cmif: Any) -> list[Any]:
    """Every correspDesc of a CMIF tree."""
    return cmif.findall(".//t:profileDesc/t:correspDesc", NS)


# ------------------------------------------------------------------ CMIF


def test_exporters_registered() -> None:
    assert {"json", "cmif", "csv", "graphml"} <= set(load_all())


def test_cmif_root_and_header(cmif: Any) -> None:
    root = cmif.getroot()
    assert root.tag == f"{{{TEI}}}TEI"
    title = root.find("t:teiHeader/t:fileDesc/t:titleStmt/t:title", NS)
    editor = root.find("t:teiHeader/t:fileDesc/t:titleStmt/t:editor", NS)
    assert title is not None and title.text.strip()
    assert editor is not None and editor.text.strip()
    pub = root.find("t:teiHeader/t:fileDesc/t:publicationStmt", NS)
    assert pub.find("t:publisher", NS).text.strip()
    idno = pub.find("t:idno", NS)
    assert idno.get("type") == "url" and idno.text.startswith("urn:lettertrace:register:")
    # a timestamp (xsd:dateTime), as the CMIF documentation asks: the register's last change
    assert re.fullmatch(
        r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})", pub.find("t:date", NS).get("when")
    )


def test_cmif_url_sets_the_file_and_letter_urls(cmif: Any, cmif_with_url: Any) -> None:
    assert cmif_with_url.find(".//t:publicationStmt/t:idno", NS).text == CMIF_URL
    for cd in cmif_with_url.iterfind(".//t:correspDesc", NS):
        assert cd.get("ref") == f"{CMIF_URL}#{cd.get('key')}"
    # without a URL no letter claims one (a URN there is what the documentation warns about)
    assert all(cd.get("ref") is None for cd in corresp(cmif))


def test_cmif_export_is_deterministic(dev_register: Path) -> None:
    assert run_export(dev_register, "cmif") == run_export(dev_register, "cmif")


def test_cmif_licence(cmif: Any) -> None:
    licence = cmif.find(".//t:publicationStmt/t:availability/t:licence", NS)
    assert licence is not None
    assert licence.get("target") == CC_BY
    assert licence.text == "This file is licensed under the terms of the Creative-Commons-License CC-BY 4.0"


def test_cmif_one_corresp_desc_per_communication(cmif: Any, register: dict[str, Any]) -> None:
    keys = [cd.get("key") for cd in corresp(cmif)]
    assert sorted(keys) == sorted(c["id"] for c in register["communications"])
    assert all(cd.get(XML_ID) == cd.get("key") for cd in corresp(cmif))


def test_cmif_sent_and_received_always_present(cmif: Any) -> None:
    for cd in corresp(cmif):
        for kind in ("sent", "received"):
            actions = cd.findall(f"t:correspAction[@type='{kind}']", NS)
            assert len(actions) == 1, (cd.get("key"), kind)
            names = actions[0].findall("t:persName", NS) + actions[0].findall("t:orgName", NS)
            assert names and all(n.text and n.text.strip() for n in names), (cd.get("key"), kind)


def test_cmif_person_and_org_names_follow_entity_types(cmif: Any, register: dict[str, Any]) -> None:
    by_id = {e["id"]: e for e in register["entities"]}
    for cd, c in zip(corresp(cmif), register["communications"], strict=True):
        sent = cd.find("t:correspAction[@type='sent']/*", NS)
        ent = by_id[c["sender"]]
        assert etree.QName(sent).localname == ("persName" if ent["type"] == "person" else "orgName")
        assert sent.text == ent["name"]
        if ent["wikidata"]:
            assert sent.get("ref") == f"http://www.wikidata.org/entity/{ent['wikidata']}"
    refs = [n.get("ref") for n in cmif.iter(f"{{{TEI}}}persName", f"{{{TEI}}}orgName") if n.get("ref")]
    assert refs and all(re.fullmatch(r"http://www\.wikidata\.org/entity/Q\d+", r) for r in refs)


def test_cmif_date_values_are_iso(cmif: Any) -> None:
    dates = cmif.findall(".//t:correspDesc//t:date", NS)
    assert dates
    for d in dates:
        values = {k: v for k, v in d.attrib.items() if k in ("when", "notBefore", "notAfter")}
        assert values, "a date element without a date"
        assert set(d.attrib) - set(values) <= {"evidence", "cert"}
        assert not ("when" in values and ({"notBefore", "notAfter"} & set(values)))
        assert all(ISO.match(v) for v in values.values()), d.attrib


def test_cmif_dates_match_the_register(cmif: Any, register: dict[str, Any]) -> None:
    for cd, c in zip(corresp(cmif), register["communications"], strict=True):
        lo, hi = c["date"]["earliest"], c["date"]["latest"]
        date = cd.find("t:correspAction[@type='sent']/t:date", NS)
        if not lo and not hi:
            assert date is None
        elif "when" in date.attrib:
            when = date.get("when")
            assert lo.startswith(when) and hi.startswith(when)
        else:
            assert date.get("notBefore") == lo and date.get("notAfter") == hi


@pytest.mark.parametrize(
    ("earliest", "latest", "expected"),
    [
        ("2018-04-04", "2018-04-04", {"when": "2018-04-04"}),
        ("2020-09-01", "2020-09-30", {"when": "2020-09"}),
        ("2024-02-01", "2024-02-29", {"when": "2024-02"}),
        ("2023-02-01", "2023-02-28", {"when": "2023-02"}),
        ("2021-01-01", "2021-12-31", {"when": "2021"}),
        ("2021-05-01", "2021-05-18", {"notBefore": "2021-05-01", "notAfter": "2021-05-18"}),
        ("2018-03-22", "2018-04-04", {"notBefore": "2018-03-22", "notAfter": "2018-04-04"}),
        (None, "2021-03-30", {"notAfter": "2021-03-30"}),
        ("2021-03-30", None, {"notBefore": "2021-03-30"}),
        (None, None, None),
        ("soon", "later", None),
    ],
)
def test_cmif_date_rule(earliest: str | None, latest: str | None, expected: dict[str, str] | None) -> None:
    assert date_attrs(earliest, latest) == expected


def test_cmif_one_source_per_letter_and_the_other_reports_in_its_note(
    cmif: Any, register: dict[str, Any]
) -> None:
    bibls = {b.get(XML_ID): b for b in cmif.findall(".//t:sourceDesc/t:bibl", NS)}
    assert bibls and all(b.text.strip() for b in bibls.values())
    cited = set()
    several = 0
    for cd, c in zip(corresp(cmif), register["communications"], strict=True):
        reports = [bibl_id(r) for r in dict.fromkeys(m["document"] for m in c["mentions"])]
        assert cd.get("source") == f"#{reports[0]}"  # exactly one pointer (Schematron E0003)
        others = [r.get("target") for r in cd.findall("t:note/t:ref", NS)]
        assert others == [f"#{r}" for r in reports[1:]]
        several += len(reports) > 1
        cited.update(reports)
    assert several, "the dev register has letters carried by several reports: the note must name them"
    assert cited == set(bibls)


def test_cmif_bibl_ids_are_uuids_stable_across_exports(cmif: Any, register: dict[str, Any]) -> None:
    ids = [b.get(XML_ID) for b in cmif.findall(".//t:sourceDesc/t:bibl", NS)]
    for rid in {m["document"] for c in register["communications"] for m in c["mentions"]}:
        expected = f"lt-{uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, 'urn:lettertrace:report'), rid)}"
        assert bibl_id(rid) == expected and expected in ids
    assert all(
        re.fullmatch(r"lt-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", i)
        for i in ids
    )


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ({"fmt": "txt", "url": None}, "online"),  # a text copy of a news page
        ({"fmt": "html", "url": None}, "online"),
        ({"fmt": "pdf", "url": "https://paper.example/a.pdf"}, "online"),
        ({"fmt": "pdf", "url": None}, "print"),
    ],
)
def test_cmif_bibl_type(doc: dict[str, Any], expected: str) -> None:
    assert bibl_type(doc) == expected


def test_cmif_dev_reports_are_online(cmif: Any) -> None:
    assert {b.get("type") for b in cmif.findall(".//t:sourceDesc/t:bibl", NS)} == {"online"}


def test_cmif_kinds_implied_letters_and_inferred_dates(cmif: Any, register: dict[str, Any]) -> None:
    comms = register["communications"]
    assert {c["kind"] for c in comms} >= {"letter", "call"} and any(c["implied"] for c in comms)
    assert {c["date_inferred"] for c in comms if c["date"]["earliest"]} == {True, False}
    for cd, c in zip(corresp(cmif), comms, strict=True):
        note = "".join(cd.find("t:note", NS).itertext())
        assert cd.get("type") == c["kind"] and note.startswith(f"Kind: {c['kind']}")
        assert (cd.get("subtype"), cd.get("cert")) == (("implied", "low") if c["implied"] else (None, None))
        date = cd.find("t:correspAction[@type='sent']/t:date", NS)
        if date is not None:
            want = ("conjecture", "low") if c["date_inferred"] else (None, None)
            assert (date.get("evidence"), date.get("cert")) == want, c["id"]
        assert c["date_basis"] and c["date_basis"] in note  # how the date was worked out
        for f in c["flags"]:
            assert f"Flag {f['code']}: {f['message'].rstrip('.')}" in note


def test_cmif_reply_links(cmif: Any, register: dict[str, Any]) -> None:
    ids = {cd.get(XML_ID) for cd in corresp(cmif)}
    by_key = {cd.get("key"): cd for cd in corresp(cmif)}
    replies = [c for c in register["communications"] if c["in_reply_to"]]
    if not replies:
        pytest.skip("the dev register has no reply to check")
    for c in replies:
        prev = by_key[c["id"]].findall("t:correspContext/t:ref[@type='prev']", NS)
        assert [r.get("target") for r in prev] == [f"#{c['in_reply_to']}"]
        nxt = by_key[c["in_reply_to"]].findall("t:correspContext/t:ref[@type='next']", NS)
        assert f"#{c['id']}" in [r.get("target") for r in nxt]
    for ref in cmif.findall(".//t:correspContext/t:ref", NS):
        assert ref.get("target")[1:] in ids


def copy_register(src: Path, dst: Path) -> Path:
    """A copy of a register file (SQLite's backup API: the WAL's pages come along)."""
    with closing(sqlite3.connect(src)) as a, closing(sqlite3.connect(dst)) as b:
        a.backup(b)
    return dst


def test_cmif_unknown_parties(dev_register: Path, tmp_path: Path) -> None:
    db = copy_register(dev_register, tmp_path / "copy.db")
    store = open_store(db)
    with store.begin() as conn:
        first = conn.execute(communications.select().order_by(communications.c.id)).first()
        conn.execute(
            update(communications).where(communications.c.id == first.id).values(sender=None, recipients="[]")
        )
    tree = etree.fromstring(run_export(db, "cmif").encode("utf-8"))
    cd = tree.find(f".//t:correspDesc[@key='{first.id}']", NS)
    for kind in ("sent", "received"):
        assert cd.find(f"t:correspAction[@type='{kind}']/t:persName", NS).text == "Unknown"


# ------------------------------------------------------------------ CSV


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV file as dicts."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_folder(dev_register: Path, tmp_path: Path, register: dict[str, Any]) -> None:
    out = tmp_path / "csv"
    run_export(dev_register, "csv", out)
    assert sorted(p.name for p in out.iterdir()) == [
        "demands.csv",
        "entities.csv",
        "evidence.csv",
        "letters.csv",
        "quotes.csv",
        "reports.csv",
    ]
    letters = read_csv(out / "letters.csv")
    assert list(letters[0])[:10] == [
        "id",
        "kind",
        "sender",
        "recipients",
        "earliest",
        "latest",
        "precision",
        "in_reply_to",
        "reports",
        "flags",
    ]
    by_id = {c["id"]: c for c in register["communications"]}
    assert len(letters) == len(by_id)
    for row in letters:
        c = by_id[row["id"]]
        assert (row["kind"], row["sender"], row["precision"]) == (
            c["kind"],
            c["sender"],
            c["date"]["precision"],
        )
        assert row["recipients"].split(" | ") == c["recipients"]
        assert row["earliest"] == (c["date"]["earliest"] or "") and row["latest"] == (
            c["date"]["latest"] or ""
        )
        assert row["in_reply_to"] == (c["in_reply_to"] or "")
        assert set(row["reports"].split(" | ")) == {m["document"] for m in c["mentions"]}
        assert row["flags"] == " | ".join(f["code"] for f in c["flags"])


def test_csv_entities_and_quotes(dev_register: Path, tmp_path: Path, register: dict[str, Any]) -> None:
    out = tmp_path / "csv"
    run_export(dev_register, "csv", out)
    ents = read_csv(out / "entities.csv")
    assert list(ents[0])[:5] == ["id", "name", "type", "wikidata", "aliases"]
    by_id = {e["id"]: e for e in register["entities"]}
    assert {e["id"] for e in ents} == set(by_id)
    for row in ents:
        assert row["aliases"].split(" | ") == by_id[row["id"]]["aliases"]
        assert row["wikidata"] == (by_id[row["id"]]["wikidata"] or "")
    quotes = read_csv(out / "quotes.csv")
    want = len(register["quotes"]) + len(register["quote_fragments"]) + len(register["paraphrases"])
    assert len(quotes) == want
    assert {q["text"] for q in quotes if q["kind"] == "quote"} == {q["text"] for q in register["quotes"]}


def test_csv_refuses_stdout_and_a_file_name(dev_register: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(dev_register), "--format", "csv"])
    assert result.exit_code == 2 and result.stdout == ""
    assert "give --output FOLDER" in result.stderr
    one = tmp_path / "one.csv"
    result = runner.invoke(
        app, ["export", "--db", str(dev_register), "--format", "csv", "--output", str(one)]
    )
    assert result.exit_code == 2 and "looks like a file" in result.stderr
    assert not one.exists()  # no folder named one.csv


# ------------------------------------------------------------------ GraphML


def test_graphml_nodes_are_the_parties(dev_register: Path, tmp_path: Path) -> None:
    db = copy_register(dev_register, tmp_path / "copy.db")
    with open_store(db).begin() as conn:  # an entity a report names but no communication involves
        conn.execute(
            insert(entities).values(id="e-bystander", name="Ann Bystander", etype="person", roles="[]")
        )
    reg = register_dict(open_store(db))
    g = nx.read_graphml(io.BytesIO(run_export(db, "graphml").encode("utf-8")), force_multigraph=True)
    assert g.is_directed() and g.is_multigraph()
    comms = reg["communications"]
    parties = {c["sender"] for c in comms} | {r for c in comms for r in c["recipients"]}
    assert "e-bystander" in {e["id"] for e in reg["entities"]} and "e-bystander" not in g
    assert set(g.nodes) == {p for p in parties if p} | ({"unknown"} if None in parties else set())
    assert not [n for n in g.nodes if g.degree(n) == 0]
    assert g.number_of_edges() == sum(max(1, len(c["recipients"])) for c in comms)


def test_graphml_attributes(dev_register: Path, tmp_path: Path, register: dict[str, Any]) -> None:
    out = tmp_path / "network.graphml"
    run_export(dev_register, "graphml", out)
    g = nx.read_graphml(out, force_multigraph=True)
    by_id = {e["id"]: e for e in register["entities"]}
    for n, data in g.nodes(data=True):
        if n == "unknown":
            continue
        assert data["label"] == by_id[n]["name"] and data["type"] == by_id[n]["type"]
        assert data.get("wikidata") == by_id[n]["wikidata"]  # absent, not "", when unknown
    edges = {d["id"]: (a, b, d) for a, b, d in g.edges(data=True)}
    for c in register["communications"]:
        a, b, d = edges[c["id"]]
        assert a == c["sender"] and b in c["recipients"]
        assert (d["kind"], d["precision"], d["date_basis"]) == (
            c["kind"],
            c["date"]["precision"],
            c["date_basis"],
        )
        assert d.get("earliest") == c["date"]["earliest"] and d.get("latest") == c["date"]["latest"]
        assert d.get("in_reply_to") == c["in_reply_to"]
        assert d["reports"].split() == list(dict.fromkeys(m["document"] for m in c["mentions"]))
        assert d.get("flags", "").split() == [f["code"] for f in c["flags"]]
        assert d["date_inferred"] == c["date_inferred"] and d["implied"] == c["implied"]
    assert any("earliest" not in d for *_, d in edges.values())  # flags: test_flags_in_every_export


def test_flags_in_every_export(flagged_register: Path, tmp_path: Path) -> None:
    """Each export carries a letter's flags (the dev register raises none): conftest's FLAGGED_REPORTS."""
    reg = register_dict(open_store(flagged_register))
    by_id = {c["id"]: c for c in reg["communications"]}
    codes = {k: [f["code"] for f in c["flags"]] for k, c in by_id.items()}
    assert sorted(v for v in codes.values() if v) == [["headline_sender_mismatch"]] * 2
    run_export(flagged_register, "csv", tmp_path / "csv")
    letters = read_csv(tmp_path / "csv" / "letters.csv")
    assert {row["id"]: row["flags"] for row in letters} == {k: " | ".join(v) for k, v in codes.items()}
    run_export(flagged_register, "graphml", tmp_path / "network.graphml")
    g = nx.read_graphml(tmp_path / "network.graphml", force_multigraph=True)
    assert {d["id"]: d.get("flags", "").split() for *_, d in g.edges(data=True)} == codes
    cmif = etree.fromstring(run_export(flagged_register, "cmif").encode("utf-8"))
    for cd in corresp(cmif):
        note = "".join(cd.find("t:note", NS).itertext())
        said = [x for x in re.split(r"(?<=\.)\s+", note) if x.startswith("Flag ")]
        flags = by_id[cd.get("key")]["flags"]
        assert len(said) == len(flags)
        for f in flags:
            assert f"Flag {f['code']}: {f['message'].rstrip('.')}." in note


def test_graphml_writes_no_empty_values(dev_register: Path) -> None:
    tree = etree.fromstring(run_export(dev_register, "graphml").encode("utf-8"))
    values = tree.findall(".//{http://graphml.graphdrawing.org/xmlns}data")
    assert values and all((v.text or "").strip() for v in values)


# ------------------------------------------------------------------ JSON


def test_json_file_matches_register(dev_register: Path, tmp_path: Path, register: dict[str, Any]) -> None:
    out = tmp_path / "register.json"
    run_export(dev_register, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(register))
    assert data["format"] == "lettertrace-register/1" and data["communications"]


def test_unknown_format_is_a_usage_error(dev_register: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(dev_register), "--format", "docx"])
    assert result.exit_code == 2
    assert "cmif" in result.output and "graphml" in result.output


def test_communications_are_exported_in_the_order_the_reports_tell_them(tmp_path: Path) -> None:
    from lettertrace.export.register_data import register_dict
    from lettertrace.ingest import ingest_files
    from lettertrace.models import Options
    from lettertrace.store import open_store

    texts = {
        "a.txt": "President Marta Halvard sent a letter to King Olaf Brandt on Friday. "
        "Prime Minister Jonas Lindqvist wrote to Chancellor Petra Dravik on Tuesday.",
        "b.txt": "Chancellor Petra Dravik sent a message to President Ines Marlow on Wednesday.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = open_store(tmp_path / "r.db")
    ingest_files(store, sorted(tmp_path.glob("*.txt")), Options())
    reg = register_dict(store)
    names = {e["id"]: e["name"] for e in reg["entities"]}
    assert [names[c["sender"]] for c in reg["communications"]] == [
        "Marta Halvard",
        "Jonas Lindqvist",
        "Petra Dravik",
    ]
