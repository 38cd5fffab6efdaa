"""The `lettertrace` command through Typer's runner: exit codes, messages, filters, exports."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fpdf import FPDF
from typer.testing import CliRunner

from lettertrace.cli import app
from lettertrace.views import excerpts, highlight

# A wide terminal, so that Rich tables keep ids and titles on one line.
runner = CliRunner(env={"COLUMNS": "250", "TERMINAL_WIDTH": "250", "NO_COLOR": "1"})

COMMANDS = sorted(c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands)

PDF_TEXT = (
    "Governor Ilsa Marren of the Northern Province wrote to Premier Oskar Dahl on Thursday, "
    "asking for emergency funds after the floods. Dahl said he would answer within a week."
)
HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Premier Dahl replies to Governor Marren</title>
<meta property="og:site_name" content="The Valley Ledger">
<meta property="article:published_time" content="2022-05-12T09:00:00Z"></head>
<body><article><h1>Premier Dahl replies to Governor Marren</h1>
<p>Premier Oskar Dahl sent a letter to Governor Ilsa Marren on Wednesday, promising flood relief
for the Northern Province before the end of the month.</p>
<p>"No family should spend the summer in a shelter," Dahl wrote, adding that engineers would
inspect every bridge on the river.</p>
<p>Marren welcomed the reply and said the province would publish the full list of repairs.</p>
</article></body></html>
"""
JSONL_RECORD = {
    "text": (
        "Minister Petra Lind held talks with farmers in the capital on Friday about the price of grain. "
        "She said the ministry would publish new figures next month."
    ),
    "title": "Lind meets farmers",
    "published": "2022-06-03",
    "outlet": "Capital Wire",
    "url": "https://wire.example/lind-farmers",
}


def make_pdf(text: str) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 10, text)
    return bytes(pdf.output())


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """A PDF, an HTML page and a JSONL file that are fine, and nothing else."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "floods.pdf").write_bytes(make_pdf(PDF_TEXT))
    (folder / "reply.html").write_text(HTML_PAGE, encoding="utf-8")
    (folder / "wire.jsonl").write_text(json.dumps(JSONL_RECORD) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def cli_register(shared_invented_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register of the made-up reports, built with `lettertrace ingest`: read-only."""
    db = tmp_path_factory.mktemp("cli") / "register.db"
    result = runner.invoke(app, ["ingest", str(shared_invented_corpus), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def cli_export(cli_register: Path) -> dict[str, object]:
    result = runner.invoke(app, ["export", "--db", str(cli_register), "--format", "json"])
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.stdout))


def comm_id(export: dict[str, object], kind: str) -> str:
    """The id of the one communication of this kind in the made-up register."""
    comms = [c for c in export["communications"] if c["kind"] == kind]  # type: ignore[attr-defined]
    assert len(comms) == 1, comms
    return str(comms[0]["id"])


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), prog_name="lettertrace")
    return result.exit_code, result.stdout, result.stderr


def listed_comms(output: str) -> set[str]:
    return set(re.findall(r"\bc-[0-9a-f]{10}\b", output))


# ---------------------------------------------------------------- help


def test_every_command_is_listed_in_the_main_help() -> None:
    code, out, _ = run("--help")
    assert code == 0
    assert {"ingest", "export", "documents", "letters", "quotes", "entities", "show"} <= set(COMMANDS)
    for name in COMMANDS:
        assert re.search(rf"\b{name}\b", out), name


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_help_explains_and_shows_an_example(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert f"Usage: lettertrace {command}" in out
    assert f"Example: lettertrace {command}" in out


# ---------------------------------------------------------------- ingest


def test_ingest_mixed_folder_names_the_corrupt_file(mixed_folder: Path, tmp_path: Path) -> None:
    corrupt = mixed_folder / "broken.pdf"
    corrupt.write_bytes(make_pdf(PDF_TEXT)[:300])
    db = tmp_path / "r.db"

    code, out, err = run("ingest", str(mixed_folder), "--db", str(db))

    assert code == 1
    assert "ingested 3, unchanged 0, failed 1" in out
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {corrupt}: corrupt or truncated PDF: " + errors[0].split("corrupt or truncated PDF: ")[1]
    ]
    assert len(errors[0].split("corrupt or truncated PDF: ")[1]) > 3  # with the reader's reason
    code, out, _ = run("export", "--db", str(db))
    docs = json.loads(out)["documents"]
    assert sorted((Path(d["source"].split("#")[0]).name, d["fmt"]) for d in docs) == [
        ("floods.pdf", "pdf"),
        ("reply.html", "html"),
        ("wire.jsonl", "jsonl"),
    ]
    jsonl = next(d for d in docs if d["fmt"] == "jsonl")
    assert (jsonl["title"], jsonl["published"], jsonl["outlet"]) == (
        "Lind meets farmers",
        "2022-06-03",
        "Capital Wire",
    )


def test_ingest_good_files_exits_0_and_again_changes_nothing(mixed_folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    code, out, err = run("ingest", str(mixed_folder), "--db", str(db))
    assert code == 0 and err.strip() == ""  # no error line (a transient progress bar may leave a newline)
    assert "ingested 3, unchanged 0, failed 0" in out
    code, out, _ = run("ingest", str(mixed_folder), "--db", str(db))
    assert code == 0
    assert "ingested 0, unchanged 3, failed 0" in out


def test_ingest_names_a_file_whose_name_looks_like_markup(tmp_path: Path) -> None:
    (tmp_path / "[draft] notes.txt").write_bytes(b"")
    code, _, err = run("ingest", str(tmp_path / "[draft] notes.txt"), "--db", str(tmp_path / "r.db"))
    assert code == 1
    assert err.strip() == f"error: {tmp_path / '[draft] notes.txt'}: empty file"


def test_ingest_missing_path_fails_with_its_name(tmp_path: Path) -> None:
    code, out, err = run("ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "r.db"))
    assert code == 1
    assert f"error: {tmp_path / 'nowhere'}: no such file or directory" in err
    assert "failed 1" in out
    assert not (tmp_path / "r.db").exists()  # no empty register left behind


# ---------------------------------------------------------------- usage errors


@pytest.mark.parametrize(
    "args",
    [
        ["ingest"],  # no path
        ["letters", "--colour", "red"],  # no such option
        ["no-such-command"],
        ["letters", "--kind", "lettre"],
        ["letters", "--since", "2021-13-45"],
        ["export", "--format", "docx"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert run(*args)[0] == 2


def test_bare_command_prints_help_and_exits_0() -> None:
    code, out, err = run()
    assert code == 0
    assert "Usage: lettertrace" in out and "letters" in out and "export" in out
    assert "Error" not in out + err and "─ Error" not in out + err


def test_show_without_an_item_is_a_clear_usage_error(cli_register: Path) -> None:
    code, out, err = run("show", "--db", str(cli_register))
    assert code == 2 and out == ""
    assert "show needs what to show" in err and "usage: lettertrace show ITEM" in err
    assert "None" not in err


@pytest.mark.parametrize(
    ("option", "value", "reason"),
    [
        ("--since", "2021-13-45", "month 13 is not 1-12"),
        ("--until", "2021-02-30", "2021-02 has days 1-28"),
        ("--since", "last week", "use YYYY-MM-DD, YYYY-MM or YYYY"),
        ("--since", "2021-5-1x", "use YYYY-MM-DD, YYYY-MM or YYYY"),
    ],
)
def test_letters_rejects_a_bad_date(cli_register: Path, option: str, value: str, reason: str) -> None:
    code, out, err = run("letters", "--db", str(cli_register), option, value)
    assert code == 2 and out == ""
    assert reason in " ".join(err.replace("│", " ").split())


def test_letters_rejects_since_after_until(cli_register: Path) -> None:
    code, _, err = run("letters", "--db", str(cli_register), "--since", "2023", "--until", "2022-06")
    assert code == 2
    assert "--since 2023-01-01 is after --until 2022-06-30" in err


def test_letters_rejects_an_unknown_kind_listing_the_kinds(cli_register: Path) -> None:
    code, out, err = run("letters", "--db", str(cli_register), "--kind", "lettre")
    assert code == 2 and out == ""
    assert all(f"'{k}'" in err for k in ("letter", "message", "call"))


def test_letters_party_that_no_entity_answers_to_is_an_error(cli_register: Path) -> None:
    code, out, err = run("letters", "--db", str(cli_register), "--party", "zzz")
    assert code == 2 and out == ""
    assert "no party in the register answers to 'zzz'" in err


def test_export_help_lists_the_formats() -> None:
    code, out, _ = run("export", "--help")
    assert code == 0
    text = " ".join(out.replace("│", " ").split())
    for fmt in ("json", "cmif", "csv", "graphml"):
        assert f"{fmt}:" in text, fmt
    assert "--cmif-url" in text


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (
            ["--format", "json", "--cmif-url", "https://example.org/r.xml"],
            "--cmif-url only applies to --format cmif",
        ),
        (["--format", "cmif", "--cmif-url", "register.xml"], "--cmif-url must be the http(s) URL"),
        (["--format", "json", "--output", "{tmp}"], "is a folder: json writes one file"),
        (["--format", "graphml", "--output", "{tmp}/no/such/n.graphml"], "no folder"),
    ],
)
def test_export_target_problems_exit_2(
    cli_register: Path, tmp_path: Path, args: list[str], reason: str
) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, out, err = run("export", "--db", str(cli_register), *args)
    assert code == 2 and out == ""
    assert reason in err
    assert list(tmp_path.iterdir()) == []


def test_a_register_that_is_no_database_gives_one_line(tmp_path: Path) -> None:
    db = tmp_path / "junk.db"
    db.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    code, out, err = run("letters", "--db", str(db))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"error: cannot open register {db}: ")
    assert "sqlalche" not in err and "sqlite3." not in err and "Background" not in err


def test_a_damaged_register_gives_one_line(cli_register: Path, tmp_path: Path) -> None:
    db = tmp_path / "damaged.db"
    with sqlite3.connect(cli_register) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
        dst.execute("UPDATE entities SET name = CAST(X'ff00fe' AS TEXT)")  # not UTF-8: unreadable rows
    for command in (["letters"], ["entities"], ["show", "Kettle"], ["export", "--format", "json"]):
        code, out, err = run(*command, "--db", str(db))
        assert code == 2, command
        assert err.count("\n") == 1 and err.startswith(
            f"error: the register {db} is damaged or unreadable ("
        ), err
        assert "sqlalche" not in err and "Traceback" not in err


def test_unknown_export_format_exits_2(cli_register: Path) -> None:
    code, out, err = run("export", "--db", str(cli_register), "--format", "yaml-please")
    assert code == 2 and out == ""
    text = " ".join(err.replace("│", " ").split())
    assert "'yaml-please' is not one of 'cmif', 'csv', 'graphml', 'json'" in text


def test_missing_register_exits_2_with_a_hint(tmp_path: Path) -> None:
    code, _, err = run("documents", "--db", str(tmp_path / "none.db"))
    assert code == 2
    assert f"no register at {tmp_path / 'none.db'}" in err
    assert not (tmp_path / "none.db").exists()  # reading never creates a register


def test_register_of_a_newer_version_exits_2(cli_register: Path, tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    with sqlite3.connect(cli_register) as src, sqlite3.connect(db) as dst:
        src.backup(dst)  # not a file copy: in WAL mode recent pages may still sit in the -wal file
        dst.execute("INSERT INTO schema_version (version) VALUES (99)")
    code, _, err = run("documents", "--db", str(db))
    assert code == 2
    assert "newer than this lettertrace" in err


# ---------------------------------------------------------------- reading the register


def test_documents_lists_every_report(cli_register: Path) -> None:
    code, out, _ = run("documents", "--db", str(cli_register))
    assert code == 0
    for title, date in [
        ("Verhoeven writes to Kettle over river dispute", "2022-03-03"),
        ("Kettle phones Ostrova about the harbour", "2022-06-14"),
        ("Harvest festival draws record crowds", "2022-09-09"),
        ("Ostrova sends message to Verhoeven", "2023-11-20"),
    ]:
        assert re.search(rf"{re.escape(title)}\s.*{date}", out), title


def test_letters_lists_every_communication(cli_register: Path, cli_export: dict[str, object]) -> None:
    code, out, _ = run("letters", "--db", str(cli_register))
    assert code == 0
    assert "Correspondence (3)" in out
    assert listed_comms(out) == {comm_id(cli_export, k) for k in ("letter", "call", "message")}
    assert re.search(
        r"2022-02-28 \(day\)\s+Alma Verhoeven\s.*\n.*weekday before report\s+-> Tomas Kettle", out
    )


@pytest.mark.parametrize(
    ("filters", "kinds"),
    [
        (["--party", "Ostrova"], {"call", "message"}),
        (["--party", "Alma Verhoeven"], {"letter", "message"}),
        (["--party", "ostrova"], {"call", "message"}),
        (["--kind", "CALL"], {"call"}),
        (["--since", "2022"], {"letter", "call", "message"}),
        (["--until", "2022"], {"letter", "call"}),
        (["--since", "2022-07", "--until", "2023-11"], {"message"}),
        (["--kind", "call"], {"call"}),
        (["--kind", "letter"], {"letter"}),
        (["--since", "2022-06-01"], {"call", "message"}),
        (["--until", "2022-12-31"], {"letter", "call"}),
        (["--since", "2022-06-01", "--until", "2022-12-31"], {"call"}),
        (["--party", "Kettle", "--kind", "letter"], {"letter"}),
    ],
)
def test_letters_filters_narrow_the_list(
    cli_register: Path, cli_export: dict[str, object], filters: list[str], kinds: set[str]
) -> None:
    code, out, _ = run("letters", "--db", str(cli_register), *filters)
    assert code == 0
    assert listed_comms(out) == {comm_id(cli_export, k) for k in kinds}
    assert f"Correspondence ({len(kinds)})" in out


def test_letters_pages_with_limit_and_after(cli_register: Path) -> None:
    code, out, _ = run("letters", "--db", str(cli_register))
    every = list(dict.fromkeys(re.findall(r"\bc-[0-9a-f]{10}\b", out)))  # in the list's order
    code, out, _ = run("letters", "--db", str(cli_register), "--limit", "2")
    assert code == 0 and "Correspondence (2 of 3)" in out
    first = list(dict.fromkeys(re.findall(r"\bc-[0-9a-f]{10}\b", out)))
    assert first == every[:2]
    code, out, _ = run("letters", "--db", str(cli_register), "--limit", "2", "--after", first[-1])
    assert code == 0 and "Correspondence (1 of 3)" in out
    assert listed_comms(out) == {every[2]}
    code, _, err = run("letters", "--db", str(cli_register), "--after", "c-0000000000")
    assert code == 2 and "no communication has this id" in err


def test_quotes_by_speaker_and_search(cli_register: Path) -> None:
    code, out, _ = run("quotes", "--db", str(cli_register))
    assert code == 0 and "Quotes (3)" in out
    code, out, _ = run("quotes", "--db", str(cli_register), "--speaker", "Ostrova")
    assert code == 0 and "Quotes (2)" in out
    assert "The harbour will remain open" in out and "the friendship between our two peoples" in out
    assert "We cannot let the water" not in out
    code, out, _ = run("quotes", "--db", str(cli_register), "--search", "harbour ship")
    assert code == 0 and "Quotes (1)" in out and "The harbour will remain open" in out
    code, out, _ = run("quotes", "--db", str(cli_register), "--speaker", "Ostrova", "--search", "water")
    assert code == 0 and "Quotes (0)" in out


def test_entities_search(cli_register: Path) -> None:
    code, out, _ = run("entities", "--db", str(cli_register))
    assert code == 0 and "Entities (3)" in out
    code, out, _ = run("entities", "--db", str(cli_register), "--search", "Kettle")
    assert code == 0 and "Entities (1)" in out
    assert "e-tomas-kettle" in out and "Ostrova" not in out


def test_show_a_report(cli_register: Path, cli_export: dict[str, object]) -> None:
    doc = next(d for d in cli_export["documents"] if d["source"].endswith("b_call.txt"))  # type: ignore[attr-defined]
    code, out, _ = run("show", doc["id"], "--db", str(cli_register))
    assert code == 0
    assert "Kettle phones Ostrova about the harbour" in out and "2022-06-14" in out
    assert comm_id(cli_export, "call") in out


def test_show_a_communication(cli_register: Path, cli_export: dict[str, object]) -> None:
    code, out, _ = run("show", comm_id(cli_export, "letter"), "--db", str(cli_register))
    assert code == 0
    assert "Alma Verhoeven -> Tomas Kettle" in out
    assert "2022-02-28 (day)" in out
    assert "how: weekday before report" in " ".join(out.split())  # how the report's date was worked out
    assert "sent a letter to Prime Minister Tomas Kettle" in out  # the evidence sentence
    assert "We cannot let the water" in out  # its quote


def test_show_an_entity_by_name(cli_register: Path) -> None:
    code, out, _ = run("show", "Ostrova", "--db", str(cli_register))
    assert code == 0
    assert "Ida Ostrova (e-ida-ostrova)" in out
    assert "sent: 1" in out and "received: 1" in out
    # each letter with the other party: she wrote to Verhoeven, Kettle phoned her
    sent, received = out.split("received: 1")
    assert "-> Alma Verhoeven" in sent and "Tomas Kettle" not in sent
    assert "Tomas Kettle" in received and "-> Ida Ostrova" in received


def test_show_a_report_lists_its_letters_with_both_parties(
    cli_register: Path, cli_export: dict[str, object]
) -> None:
    doc = next(d for d in cli_export["documents"] if d["source"].endswith("d_message.txt"))  # type: ignore[attr-defined]
    code, out, _ = run("show", doc["id"], "--db", str(cli_register))
    assert code == 0
    assert re.search(rf"{comm_id(cli_export, 'message')}\s+2023-11-19 \(day\)\s+Ida Ostrova", out)
    assert "-> Alma Verhoeven" in out


def test_show_a_name_several_entities_answer_to_lists_them(cli_register: Path, tmp_path: Path) -> None:
    db = tmp_path / "two-kettles.db"
    with sqlite3.connect(cli_register) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
        dst.execute(
            "INSERT INTO entities (id, name, etype, roles) VALUES ('e-ida-kettle', 'Ida Kettle', 'person', '[]')"
        )
    code, out, err = run("show", "Kettle", "--db", str(db))
    assert code == 2 and out == ""
    assert "'Kettle' matches 2 entities; show one by its id:" in err
    assert "e-ida-kettle  Ida Kettle (person)" in err and "e-tomas-kettle  Tomas Kettle (person)" in err
    code, out, _ = run("show", "Tomas Kettle", "--db", str(db))  # the whole name decides
    assert code == 0 and "Tomas Kettle (e-tomas-kettle)" in out
    code, out, err = run(
        "letters", "--party", "Kettle", "--db", str(db)
    )  # a filter takes them all, and says so
    assert code == 0 and "note: 'Kettle' answers to 2 entities: Ida Kettle; Tomas Kettle" in err


def test_show_a_letter_marks_its_evidence_when_piped(
    cli_register: Path, cli_export: dict[str, object]
) -> None:
    code, out, _ = run("show", comm_id(cli_export, "letter"), "--db", str(cli_register))
    assert code == 0
    evidence = "President Alma Verhoeven of Freedonia sent a letter to Prime Minister Tomas Kettle"
    assert re.search("»[^»«]*" + evidence + "[^»«]*«", " ".join(out.split()))
    assert " ".join(out.split()).count(evidence) == 1  # shown once, not in overlapping excerpts


DOC = (
    "Headline of the day\n"
    + " ".join(f"word{i}" for i in range(60))
    + " Alpha sent a letter to Beta. "
    + " ".join(f"filler{i}" for i in range(80))
    + " Beta answered Alpha in writing. Gamma called Delta.\nNext paragraph.\n"
)


def test_excerpts_merge_overlapping_windows_and_cut_between_words() -> None:
    spans = [(DOC.index(s), DOC.index(s) + len(s)) for s in ("Alpha sent", "Beta answered", "Gamma called")]
    windows = excerpts(DOC, spans)
    assert [len(inside) for _, _, inside in windows] == [1, 2]  # the last two share one excerpt
    assert windows[0][1] < windows[1][0]  # no text twice
    for lo, hi, _ in windows:
        assert lo == 0 or DOC[lo - 1] in " \n", DOC[lo - 5 : lo + 5]
        assert hi == len(DOC) or DOC[hi] in " \n", DOC[hi - 5 : hi + 5]
        assert "\n" not in DOC[lo:hi]  # inside one paragraph


def test_highlight_marks_spans_and_ellipses_where_cut() -> None:
    start = DOC.index("Alpha sent")
    (lo, hi, inside), *_ = excerpts(DOC, [(start, start + len("Alpha sent a letter to Beta."))])
    text = highlight(DOC, lo, hi, inside, marks=True).plain
    assert text.startswith("…word") and text.endswith("…")
    assert "»Alpha sent a letter to Beta.«" in text
    assert "»" not in highlight(DOC, lo, hi, inside, marks=False).plain


def test_letters_at_80_columns_keep_every_name_whole(dev_register: Path) -> None:
    narrow = CliRunner(env={"COLUMNS": "80", "NO_COLOR": "1"})
    result = narrow.invoke(app, ["letters", "--db", str(dev_register)], prog_name="lettertrace")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    export = json.loads(runner.invoke(app, ["export", "--db", str(dev_register)]).stdout)
    names = {e["id"]: e["name"] for e in export["entities"]}
    for c in export["communications"]:
        for party in [c["sender"], *c["recipients"]]:
            assert any(names[party] in line for line in lines), names[party]  # on one line, unbroken
        assert c["id"] in result.stdout
    assert "inferred: recent past" in result.stdout  # how each date was worked out


def test_show_unknown_item_exits_2(cli_register: Path) -> None:
    code, out, err = run("show", "c-0000000000", "--db", str(cli_register))
    assert code == 2
    assert "nothing in the register is called 'c-0000000000'" in err


# ---------------------------------------------------------------- export


def test_export_json_to_stdout(cli_export: dict[str, object]) -> None:
    assert cli_export["format"] == "lettertrace-register/1"
    assert len(cli_export["documents"]) == 4  # type: ignore[arg-type]
    assert {c["kind"] for c in cli_export["communications"]} == {"letter", "call", "message"}  # type: ignore[attr-defined]


def test_export_json_to_a_file(cli_register: Path, cli_export: dict[str, object], tmp_path: Path) -> None:
    target = tmp_path / "out" / "register.json"
    target.parent.mkdir()
    code, out, err = run("export", "--db", str(cli_register), "--format", "json", "--output", str(target))
    assert code == 0
    assert out == ""
    assert f"wrote {target}" in err
    assert json.loads(target.read_text(encoding="utf-8")) == cli_export


# ---------------------------------------------------------------- the installed command


def test_installed_console_script_runs() -> None:
    script = Path(sys.executable).parent / "lettertrace"
    if not script.exists():
        pytest.skip(f"no console script beside {sys.executable} (package not installed in this environment)")
    done = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "ingest" in done.stdout and "export" in done.stdout


def test_ingest_reports_records_removed_from_a_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    record = json.dumps(JSONL_RECORD) + "\n"
    path.write_text(record + record.replace("Petra Lind", "Petra Lund"), encoding="utf-8")
    db = str(tmp_path / "r.db")
    assert "ingested 2, unchanged 0, failed 0 ->" in run("ingest", str(path), "--db", db)[1]
    path.write_text(record, encoding="utf-8")
    code, out, _ = run("ingest", str(path), "--db", db)
    assert code == 0
    assert "ingested 0, unchanged 1, failed 0, removed 1 (records no longer in their files)" in out
