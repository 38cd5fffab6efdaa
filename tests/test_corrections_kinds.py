"""Every kind of correction the issue names (issue 12), made through the CLI on invented reports: kind,
reply target, confirm, merge and split communications, attach and detach a report's mention, merge
entities and split an alias off, a quote's speaker and letter. Each holds through relink, re-ingest,
migration and a rebuild from scratch; moves to a register built elsewhere; an orphaned one is reported."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from conftest import FLAGGED_REPORTS, INVENTED_REPORTS
from lettertrace import corrections
from lettertrace.export.register_data import register_dict
from lettertrace.link import relink
from lettertrace.store import REGISTER_TABLES, Store, open_store
from test_corrections import ingest, run


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in {**INVENTED_REPORTS, **FLAGGED_REPORTS}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def db(corpus: Path, tmp_path: Path) -> Path:
    path = tmp_path / "r.db"
    ingest(open_store(path), corpus)
    return path


def letter(store: Store, sender: str, day: str) -> dict[str, Any]:
    """The one communication of ``sender`` (entity id) dated ``day``."""
    (c,) = [
        c
        for c in register_dict(store)["communications"]
        if c["sender"] == sender and c["date"]["earliest"] == day
    ]
    return c


def report(store: Store, name: str) -> str:
    return next(d["id"] for d in register_dict(store)["documents"] if Path(d["source"]).name == name)


def state(store: Store) -> dict[str, Any]:
    """What the register shows: communications, entities, quotes and paraphrases."""
    reg = register_dict(store)
    return {k: reg[k] for k in ("communications", "entities", "quotes", "paraphrases")}


def portable(store: Store) -> dict[str, Any]:
    """``state`` with each report id replaced by its file's name and each list in id order: what two
    registers of the same reports in different folders (other report ids) share."""
    text = json.dumps(state(store), sort_keys=True)
    for d in register_dict(store)["documents"]:
        text = text.replace(d["id"], Path(d["source"]).name)
    return {k: sorted(v, key=lambda x: str(x["id"])) for k, v in json.loads(text).items()}


def ok(db: Path, *args: str) -> str:
    code, out = run(db, "correct", *args, "--by", "ana")
    assert code == 0, out
    return out


def correct_every_kind(db: Path) -> dict[str, str]:
    """One correction of each kind the CLI slice lacked; the ids they concern."""
    s = open_store(db)
    ids = {
        "river": letter(s, "e-alma-verhoeven", "2022-02-28")["id"],
        "message": letter(s, "e-ida-ostrova", "2023-11-19")["id"],
        "call": letter(s, "e-tomas-kettle", "2022-06-14")["id"],
        "dam": letter(s, "e-ida-ostrova", "2024-03-11")["id"],
        "headline": letter(s, "e-tomas-kettle", "2024-03-13")["id"],
        "fees": letter(s, "e-alma-verhoeven", "2024-05-02")["id"],
        "join": letter(s, "e-ida-ostrova", "2024-05-03")["id"],
    }
    answers, to_kettle = report(s, "ostrova_answers.txt"), report(s, "ostrova_to_kettle.txt")
    river_quote = next(q["id"] for q in register_dict(s)["quotes"] if q["communication"] == ids["river"])
    ok(db, "kind", ids["call"], "message", "--why", "a text message, says the ministry")
    ok(db, "reply", ids["message"], ids["river"], "--why", "it answers the river letter")
    ok(db, "confirm", ids["river"], "--why", "the letter was published")
    ok(db, "merge-letters", ids["fees"], ids["join"], "--why", "one joint letter (test)")
    ok(db, "split-letter", ids["dam"], answers, "--why", "this report tells of a second letter")
    ok(db, "detach", ids["fees"], to_kettle, "--why", "that report speaks of another letter")
    ok(db, "attach", ids["headline"], answers, "0", "36", "--why", "the headline is about it")
    ok(db, "quote-speaker", river_quote, "Kettle", "--why", "he is quoted (test)")
    ok(db, "quote-letter", river_quote, "none", "--why", "said later, not in the letter")
    ok(db, "merge-entities", "Ostrova", "Kettle", "--why", "one person (test)")
    ok(db, "split-alias", "Ostrova", "Tomas Kettle", "--why", "not the same after all (test)")
    return {**ids, "quote": river_quote, "answers": answers, "to_kettle": to_kettle}


def check(store: Store, ids: dict[str, str]) -> None:
    reg = register_dict(store)
    cs = {c["id"]: c for c in reg["communications"]}
    fields = {cid: [m["field"] for m in c.get("corrected", [])] for cid, c in cs.items()}
    assert cs[ids["call"]]["kind"] == "message" and fields[ids["call"]] == ["kind"]
    assert cs[ids["message"]]["in_reply_to"] == ids["river"] and fields[ids["message"]] == ["in_reply_to"]
    assert fields[ids["river"]] == ["confirmed"]
    assert ids["join"] not in cs  # merged into the fees letter, whose report then left it
    fees = cs[ids["fees"]]
    assert {m["document"] for m in fees["mentions"]} == {report(store, "two_letters.txt")}
    assert fields[ids["fees"]] == ["merged", "mentions"]
    assert fees["corrected"][0]["was"]["id"] == ids["join"]
    split = [c for c in cs.values() if "split" in fields[c["id"]] and c["id"] != ids["dam"]]
    assert len(split) == 1 and [m["document"] for m in split[0]["mentions"]] == [ids["answers"]]
    assert ids["answers"] not in {m["document"] for m in cs[ids["dam"]]["mentions"]}
    headline = cs[ids["headline"]]
    assert {"document": ids["answers"], "start": 0, "end": 36} in headline["mentions"]
    assert fields[ids["headline"]] == ["mentions"]
    quote = next(q for q in reg["quotes"] if q["id"] == ids["quote"])
    assert quote["communication"] is None and [m["field"] for m in quote["corrected"]] == [
        "speaker",
        "communication",
    ]
    # Kettle merged into Ostrova, then split off again by the name the reports give him: his letters and
    # quotes are his again (as a new entity of his name), and both entities say so
    ents = {e["id"]: e for e in reg["entities"]}
    assert [m["field"] for m in ents["e-ida-ostrova"]["corrected"]] == ["merged", "split"]
    assert ents["e-tomas-kettle"]["name"] == "Tomas Kettle"
    assert [m["field"] for m in ents["e-tomas-kettle"]["corrected"]] == ["split"]
    assert cs[ids["headline"]]["sender"] == "e-tomas-kettle"
    assert quote["speaker"] == "e-tomas-kettle"
    assert {c["status"] for c in corrections.listing(store)} == {"applied"}


def test_every_kind_holds_through_relink_reingest_migration_and_rebuild(db: Path, corpus: Path) -> None:
    ids = correct_every_kind(db)
    store = open_store(db)
    check(store, ids)
    before = state(store)
    relink(store)
    assert state(store) == before
    ingest(store, corpus)  # unchanged files
    assert state(store) == before
    with sqlite3.connect(db) as con:  # a register of the schema before: migrated, the corrections kept
        con.execute("DELETE FROM schema_version WHERE version >= 4")
    store = open_store(db)
    relink(store)
    assert state(store) == before
    festival = corpus / "c_festival.txt"  # a changed file that no correction is about
    festival.write_text(festival.read_text(encoding="utf-8") + "\nThe mayor thanked everyone.\n", "utf-8")
    ingest(store, corpus)
    assert state(store) == before
    with store.begin() as conn:  # rebuild from scratch: every register table and report emptied
        conn.exec_driver_sql("DELETE FROM reports")
        for t in REGISTER_TABLES:
            conn.execute(t.delete())
    ingest(store, corpus)
    assert state(store) == before
    check(store, ids)


def test_every_kind_moves_to_a_register_built_elsewhere(db: Path, corpus: Path, tmp_path: Path) -> None:
    correct_every_kind(db)
    fixes = tmp_path / "fixes.json"
    assert run(db, "corrections", "export", str(fixes))[0] == 0
    moved = tmp_path / "elsewhere"
    corpus.rename(moved)
    other = tmp_path / "other.db"
    ingest(open_store(other), moved)
    code, out = run(other, "corrections", "import", str(fixes))
    assert code == 0 and "11 added" in out, out
    assert portable(open_store(other)) == portable(open_store(db))
    assert "0 added" in run(other, "corrections", "import", str(fixes))[1]


def test_undo_of_a_merge_and_of_a_split(db: Path) -> None:
    s = open_store(db)
    fees, join = (
        letter(s, "e-alma-verhoeven", "2024-05-02")["id"],
        letter(s, "e-ida-ostrova", "2024-05-03")["id"],
    )
    extracted = state(s)
    ok(db, "merge-letters", fees, join, "--why", "test")
    assert join not in {c["id"] for c in state(s)["communications"]}
    (cid,) = [c["id"] for c in corrections.listing(s)]
    assert run(db, "corrections", "undo", str(cid))[0] == 0
    assert state(s) == extracted
    dam = letter(s, "e-ida-ostrova", "2024-03-11")["id"]
    ok(db, "split-letter", dam, report(s, "ostrova_answers.txt"), "--why", "test")
    assert len(state(s)["communications"]) == len(extracted["communications"]) + 1
    assert run(db, "corrections", "undo", str(cid + 1))[0] == 0
    assert state(s) == extracted


def test_mention_corrections_orphaned_when_their_report_changes(db: Path, corpus: Path) -> None:
    s = open_store(db)
    dam = letter(s, "e-ida-ostrova", "2024-03-11")["id"]
    ok(db, "split-letter", dam, report(s, "ostrova_answers.txt"), "--why", "a second letter")
    answers = corpus / "ostrova_answers.txt"
    answers.write_text(answers.read_text(encoding="utf-8").replace("arrived", "come"), encoding="utf-8")
    ingest(s, corpus)
    (row,) = corrections.listing(s)
    assert row["status"] == "orphaned" and "changed or was removed" in row["note"]
    code, out = run(db, "corrections", "--orphaned")
    assert code == 0 and "a second letter" in out and "ostrova_answers.txt" in out
    assert len({m["document"] for m in letter(s, "e-ida-ostrova", "2024-03-11")["mentions"]}) == 2


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (("split-letter", "{river}", "{a_letter}"), "its own communication already"),
        (("attach", "{river}", "{a_letter}", "{start}", "{end}"), "already"),
        (("attach", "{river}", "{a_letter}", "5", "999999"), "no span"),
        (("reply", "{river}", "{river}"), "cannot answer itself"),
        (("merge-letters", "{river}", "{river}"), "one communication already"),
        (("kind", "{river}", "fax"), "letter, message or call"),
        (("split-alias", "Kettle", "Tomas Kettle"), "is the name of"),
        (("split-alias", "Kettle", "Nobody Else"), "has no alias"),
        (("detach", "{river}", "r000000000000"), "does not tell of"),
        (("quote-speaker", "r000000000000-q1", "Kettle"), "no quote"),
    ],
)
def test_a_correction_that_names_nothing_or_changes_nothing_is_refused(
    db: Path, args: tuple[str, ...], problem: str
) -> None:
    s = open_store(db)
    river = letter(s, "e-alma-verhoeven", "2022-02-28")
    first = river["mentions"][0]
    fill = {"river": river["id"], "a_letter": first["document"], "start": first["start"], "end": first["end"]}
    code, out = run(db, "correct", *(a.format(**fill) for a in args), "--why", "test")
    assert code == 2 and problem in out, out
    assert corrections.listing(s) == []


def test_every_export_marks_every_kind_and_cmif_stays_valid(db: Path, tmp_path: Path) -> None:
    from lxml import etree

    from lettertrace.export.cmif import _corresp_attrs
    from test_cmif_validate import CMIF_URL, assert_valid, export_cmif

    ids = correct_every_kind(db)
    ok(db, "sender", ids["dam"], "Verhoeven", "--why", "signed by her (test)")
    ok(db, "date", ids["river"], "2022-03", "--why", "dated March")
    ok(db, "recipients", ids["river"], "Kettle", "Verhoeven", "--why", "to both")
    # CMIF: valid, a note per correction pointing at the element corrected (CMIF allows no @resp)
    tree = etree.parse(str(export_cmif(db, tmp_path / "r.xml", "--cmif-url", CMIF_URL)))
    assert_valid(tmp_path / "r.xml")
    tei = {"t": "http://www.tei-c.org/ns/1.0"}
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    notes = tree.findall(".//t:note[@type='correction']", tei)
    marked = sum(len(c.get("corrected", [])) for c in register_dict(open_store(db))["communications"])
    assert len(notes) == marked
    targets = {el.get(xml_id): el for el in tree.iter() if el.get(xml_id)}
    where = {n.get("subtype"): etree.QName(targets[n.get("target")[1:]]).localname for n in notes}
    assert where == {
        "sender": "correspAction",
        "date": "correspAction",
        "recipients": "correspAction",
        "kind": "correspDesc",
        "in_reply_to": "correspContext",
        "confirmed": "correspDesc",
        "merged": "correspDesc",
        "split": "correspDesc",
        "mentions": "correspDesc",
    }
    date_note = next(n for n in notes if n.get("subtype") == "date")
    assert "by ana" in date_note.text and "dated March" in date_note.text and "2022-02-28" in date_note.text
    implied = {"id": "c-1", "kind": "letter", "implied": True}
    assert _corresp_attrs(implied, [], None)["cert"] == "low"
    mark = {"field": "confirmed", "by": "ana", "at": "2024", "why": "x", "was": None, "correction": 1}
    assert "cert" not in _corresp_attrs({**implied, "corrected": [mark]}, [], None)
    # CSV: letters, quotes and entities; GraphML: edges and nodes
    out = tmp_path / "csv"
    assert run(db, "export", "--format", "csv", "--output", str(out))[0] == 0
    import csv

    rows = {
        name: {r["id"]: r for r in csv.DictReader((out / name).open(encoding="utf-8-sig"))}
        for name in ("letters.csv", "quotes.csv", "entities.csv")
    }
    assert rows["letters.csv"][ids["call"]]["corrected"] == "kind by ana: a text message, says the ministry"
    assert rows["quotes.csv"][ids["quote"]]["corrected"].startswith("speaker by ana: he is quoted")
    assert rows["entities.csv"]["e-tomas-kettle"]["corrected"].startswith("split by ana")
    code, graphml = run(db, "export", "--format", "graphml")
    assert code == 0 and "a text message, says the ministry" in graphml
    assert "split by ana: not the same after all (test)" in graphml  # the entity's node
