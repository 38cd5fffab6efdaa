"""Hostile folders and files (issue 14): every entry judged alone, one line per failure, no traceback.

Every input is crafted here: link loops, links going nowhere, folders that cannot be listed, names
holding line breaks or undecodable bytes, stray NUL bytes, HTML nested past libxml2's depth limit,
a PDF that makes pypdf complain.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from lettertrace import cli
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Options, RawReport, ReadError
from lettertrace.read import iter_input_files, read_path
from lettertrace.store import open_store

runner = CliRunner(env={"COLUMNS": "250", "TERMINAL_WIDTH": "250", "NO_COLOR": "1"})
REPORT = "The harbour board met on Monday to discuss the price of moorings for the summer season.\n"


def read_all(path: Path) -> list[RawReport | ReadError]:
    return list(read_path(path, Options()))


def only_error(path: Path) -> str:
    results = read_all(path)
    assert len(results) == 1 and isinstance(results[0], ReadError), results
    assert results[0].source == str(path)
    return results[0].reason


@pytest.fixture
def trapped_folder(tmp_path: Path) -> Path:
    """Two good reports around a link loop, a self-link, a link to nowhere and a sub-folder."""
    folder = tmp_path / "crawl"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "sub" / "z_report.txt").write_text(REPORT.replace("Monday", "Friday"), encoding="utf-8")
    (folder / "loop_a").symlink_to("loop_b")
    (folder / "loop_b").symlink_to("loop_a")
    (folder / "self.txt").symlink_to("self.txt")
    (folder / "gone.html").symlink_to("nowhere/page.html")
    (folder / "style.css").symlink_to("missing.css")  # not a report by its name: skipped, not failed
    return folder


# ---------------------------------------------------------------- walking folders


def test_each_broken_entry_is_judged_alone(trapped_folder: Path) -> None:
    found = dict(iter_input_files([trapped_folder]))
    f = trapped_folder
    assert found == {
        f / "a_report.txt": None,
        f / "gone.html": None,
        f / "loop_a": None,
        f / "loop_b": None,
        f / "self.txt": None,
        f / "style.css": "not a report file (.css)",
        f / "sub" / "z_report.txt": None,
    }
    assert only_error(f / "loop_a") == "link loop: the link to loop_b never reaches a file"
    assert only_error(f / "self.txt") == "link loop: the link to self.txt never reaches a file"
    assert only_error(f / "gone.html") == "broken link: its target nowhere/page.html does not exist"


def test_broken_links_fail_and_every_other_report_is_stored(trapped_folder: Path, tmp_path: Path) -> None:
    store = open_store(tmp_path / "r.db")
    files, skipped = list_inputs([trapped_folder])
    summary = ingest_files(store, files, Options())
    assert sorted(Path(s).name for s in summary.ingested) == ["a_report.txt", "z_report.txt"]
    assert sorted(Path(s).name for s, _ in summary.failed) == ["gone.html", "loop_a", "loop_b", "self.txt"]
    assert [Path(s).name for s, _ in skipped] == ["style.css"]


def test_cli_names_each_broken_link_on_one_line_and_exits_1(trapped_folder: Path, tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["ingest", str(trapped_folder), "--db", str(tmp_path / "r.db")])
    assert result.exit_code == 1, result.output
    assert "ingested 2, unchanged 0, failed 4" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {trapped_folder / 'gone.html'}: broken link: its target nowhere/page.html does not exist",
        f"error: {trapped_folder / 'loop_a'}: link loop: the link to loop_b never reaches a file",
        f"error: {trapped_folder / 'loop_b'}: link loop: the link to loop_a never reaches a file",
        f"error: {trapped_folder / 'self.txt'}: link loop: the link to self.txt never reaches a file",
    ]
    assert "Traceback" not in result.output


def _unlistable(monkeypatch: pytest.MonkeyPatch, locked: Path) -> None:
    """Make ``os.scandir`` refuse ``locked`` as it would for another user (the tests run as root)."""
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_folder_fails_and_its_neighbours_are_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "crawl"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    (locked / "hidden_away.txt").write_text(REPORT, encoding="utf-8")
    (folder / "open.txt").write_text(REPORT, encoding="utf-8")
    _unlistable(monkeypatch, locked)
    assert list(iter_input_files([folder])) == [(locked, None), (folder / "open.txt", None)]
    assert only_error(locked) == "cannot read folder: Permission denied"
    summary = ingest_files(open_store(tmp_path / "r.db"), list_inputs([folder])[0], Options())
    assert [Path(s).name for s in summary.ingested] == ["open.txt"]
    assert summary.failed == [(str(locked), "cannot read folder: Permission denied")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_an_unreadable_folder_for_real(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        assert only_error(locked) == "cannot read folder: Permission denied"
    finally:
        locked.chmod(0o755)


def test_a_file_name_that_is_not_utf8_fails_without_stopping_the_run(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    odd = Path(os.fsdecode(bytes(folder) + b"/bad\xffname.txt"))
    odd.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(cli.app, ["ingest", str(folder), "--db", str(tmp_path / "r.db")])
    assert result.exit_code == 1, result.output
    assert "ingested 1, unchanged 0, failed 1" in result.stdout
    assert f"error: {folder}/bad\\xffname.txt: file name is not valid UTF-8" in result.stderr


def test_a_file_name_with_a_line_break_stays_on_one_error_line(tmp_path: Path) -> None:
    odd = tmp_path / "two\nlines.txt"
    odd.write_bytes(b"")
    result = runner.invoke(cli.app, ["ingest", str(odd), "--db", str(tmp_path / "r.db")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {tmp_path}/two\\nlines.txt: empty file"


# ---------------------------------------------------------------- no traceback unless --debug


def _crash(*args: object, **kwargs: object) -> None:
    raise RuntimeError("boom\nsecond line")


def test_an_unexpected_error_prints_one_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    monkeypatch.setattr(cli, "ingest_files", _crash)  # stands in for a bug anywhere below the CLI
    monkeypatch.setattr(sys, "argv", ["lettertrace", "ingest", str(tmp_path / "a.txt"), "--db", "x.db"])
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stop:
        cli.main()
    assert stop.value.code == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        "error: unexpected RuntimeError: boom\\nsecond line (run `lettertrace --debug ...` to see where)"
    ]


def test_debug_lets_the_traceback_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    monkeypatch.setattr(cli, "ingest_files", _crash)
    argv = ["lettertrace", "--debug", "ingest", str(tmp_path / "a.txt"), "--db", "x.db"]
    monkeypatch.setattr(sys, "argv", argv)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RuntimeError, match="boom"):
        cli.main()
    assert cli.app.pretty_exceptions_show_locals is True
    monkeypatch.setattr(sys, "argv", ["lettertrace", "ingest", "--help"])
    with pytest.raises(SystemExit):
        cli.main()
    assert cli.app.pretty_exceptions_show_locals is False  # locals only when --debug asks


# ---------------------------------------------------------------- odd bytes inside files


def test_a_few_nul_bytes_do_not_make_utf8_text_binary(tmp_path: Path) -> None:
    body = ("The envoy’s letter reached the palace on Monday. " * 80).encode("utf-8")[:4000]
    path = tmp_path / "nuls.txt"
    path.write_bytes(body[:1000] + b"\x00" + body[1000:2000] + b"\x00\x00" + body[2000:])
    results = read_all(path)
    assert len(results) == 1 and isinstance(results[0], RawReport), results
    assert results[0].raw_text == body.decode("utf-8")  # the NULs dropped, nothing else changed


def test_many_nul_bytes_still_make_a_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "mostly_text.txt"
    path.write_bytes(b"The envoy wrote again.\x00\x00\x00 " * 40)  # 3 NULs in 26 bytes: not stray
    assert only_error(path) == "binary file, not text"


@pytest.mark.parametrize("depth", [255, 400, 5000])
def test_deeply_nested_html_still_yields_its_text(tmp_path: Path, depth: int) -> None:
    sentence = "The foreign minister sent a letter to his counterpart on Monday about the river."
    page = f"<html><body>{'<div>' * depth}<p>{sentence}</p>{'</div>' * depth}</body></html>"
    path = tmp_path / "deep.html"
    path.write_text(page, encoding="utf-8")
    results = read_all(path)
    assert len(results) == 1 and isinstance(results[0], RawReport), results
    assert sentence in results[0].raw_text


def test_shallow_html_without_text_still_has_no_readable_text(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><ul><li></li></ul></nav><script>x()</script></body></html>")
    assert only_error(path) == "no readable text in HTML"


def _pdf_with_a_bad_xref() -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 10, "The envoy delivered the king's letter to the council on Tuesday.")
    return bytes(pdf.output()).replace(b"startxref\n", b"startxref\n9")  # points into nowhere


def test_pypdf_notes_name_their_file_and_print_nothing(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "repaired.pdf"
    path.write_bytes(_pdf_with_a_bad_xref())
    with caplog.at_level(logging.DEBUG, logger="lettertrace.read"):
        results = read_all(path)
    assert isinstance(results[0], RawReport) and "king's letter" in results[0].raw_text
    assert capfd.readouterr().err == ""  # nothing on stderr tied to no file
    notes = [r.getMessage() for r in caplog.records if r.name == "lettertrace.read"]
    assert notes and all(n.startswith(f"{path}: pypdf: ") for n in notes)
    assert any("startxref" in n for n in notes)


def test_warcio_warnings_name_their_file_and_print_nothing(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    html = (
        b"<html><body><p>The envoy delivered the king's letter to the council on Tuesday.</p></body></html>"
    )
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    for url in ("https://wire.example/a", "https://wire.example/b"):
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers)
        )
    data = buf.getvalue()
    length = data.split(b"Content-Length: ")[1].split(b"\r\n")[0]
    path = tmp_path / "short.warc"  # the first record claims 4 bytes less than it holds
    path.write_bytes(data.replace(b"Content-Length: " + length, b"Content-Length: %d" % (int(length) - 4), 1))
    with caplog.at_level(logging.DEBUG, logger="lettertrace.read"):
        read_all(path)
    assert capfd.readouterr().err == ""
    notes = [r.getMessage() for r in caplog.records if r.name == "lettertrace.read"]
    assert notes and all(n.startswith(f"{path}: warcio: ") for n in notes)
    assert any("Content-Length" in n for n in notes)
