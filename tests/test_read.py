"""Tests for lettertrace.read: every supported format, and every way a file can fail."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import os
import random
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfWriter
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from lettertrace.models import Options, RawReport, ReadError
from lettertrace.read import SUPPORTED_SUFFIXES, iter_input_files, read_path

DEV_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
OPTIONS = Options()

LETTER_TEXT = (
    "Premier Talia Voss wrote to the Northern Assembly on Monday.\n"
    "In the letter she said the harbour levy was “unfair to every fisher’s family”.\n"
    "Speaker Oren Hale promised a reply within a week.\n"
)

ARTICLE_HTML = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Premier Voss writes to the Assembly | The Harbour Courier</title>
<meta name="author" content="Mira Quell">
<meta property="og:site_name" content="The Harbour Courier">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Premier Voss writes to the Assembly</h1>
<p>Premier Talia Voss sent a letter to the Northern Assembly on Tuesday, asking members to review
the harbour levy before the summer season begins.</p>
<p>Speaker Oren Hale said he would reply within a fortnight and promised a public hearing on the
levy, which fishing families have opposed for two years.</p>
<p>In the letter, Voss wrote that the levy had “hurt families who rely on the crossing every day”
and asked for a meeting with the finance committee.</p>
</article>
<footer>Copyright The Harbour Courier</footer>
</body></html>
"""


def read_all(path: Path, options: Options = OPTIONS) -> list[RawReport | ReadError]:
    return list(read_path(path, options))


def read_one(path: Path, options: Options = OPTIONS) -> RawReport:
    results = read_all(path, options)
    assert len(results) == 1, results
    result = results[0]
    assert isinstance(result, RawReport), result
    return result


def read_error(path: Path, options: Options = OPTIONS) -> ReadError:
    results = read_all(path, options)
    assert len(results) == 1, results
    result = results[0]
    assert isinstance(result, ReadError), result
    assert result.source == str(path)
    return result


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- the real sample files


def test_dev_corpus_text_files_read_in_place() -> None:
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"sample corpus folder {DEV_CORPUS} is absent")
    paths = sorted(DEV_CORPUS.glob("*.txt"))
    assert len(paths) == 5
    for path in paths:
        report = read_one(path)
        assert report.fmt == "txt"
        assert report.source == str(path)
        assert report.sha256 == sha(path.read_bytes())
        assert "\u201c" in report.raw_text and "\u2019" in report.raw_text
        assert "\r" not in report.raw_text
        assert report.published is None and report.title is None


def test_dev_corpus_folder_skips_the_answer_key() -> None:
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"sample corpus folder {DEV_CORPUS} is absent")
    found = dict(iter_input_files([DEV_CORPUS]))
    assert found[DEV_CORPUS / "gold.json"] == "not a report file (gold.json)"
    assert sum(reason is None for reason in found.values()) == 5


# ---------------------------------------------------------------- plain text


def test_utf8_text_keeps_curly_quotes_and_normalises_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    data = LETTER_TEXT.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(data)
    report = read_one(path)
    assert report.raw_text == LETTER_TEXT
    assert report.fmt == "txt"
    assert report.source == str(path)
    assert report.sha256 == sha(data)


def test_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + LETTER_TEXT.encode("utf-8"))
    assert read_one(path).raw_text == LETTER_TEXT


def test_cp1252_text_with_accented_names(tmp_path: Path) -> None:
    text = (
        "Chancellor Zoë Ångström and Señor José Núñez wrote to Renée Müller about the façade. "
        "Déjà vu for Minister Ærø, who signed the letter in Besançon on Friday.\n"
    )
    path = tmp_path / "accents.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_one(path).raw_text == text


def test_latin1_text_with_curly_quotes_from_cp1252(tmp_path: Path) -> None:
    text = "Premier Renée Duvalier’s letter — sent on Tuesday — asked Señor Núñez to reply “at once”.\n"
    path = tmp_path / "quotes.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_one(path).raw_text == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    data = LETTER_TEXT.encode(encoding)  # "utf-16" writes a BOM; the others have none
    path.write_bytes(data)
    report = read_one(path)
    assert report.raw_text == LETTER_TEXT
    assert report.sha256 == sha(data)


def test_mojibake_is_repaired(tmp_path: Path) -> None:
    good = "The President’s letter to Chancellor Orsk arrived on Monday.\n"
    twice_broken = good.encode("utf-8").decode("cp1252").encode("utf-8").decode("cp1252")
    assert "Ã¢â‚¬â„¢" in twice_broken
    path = tmp_path / "mojibake.txt"
    path.write_bytes(twice_broken.encode("utf-8"))
    assert read_one(path).raw_text == good


def test_binary_file_named_txt(tmp_path: Path) -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4000)) + b"\x00\x00\x01\x00"
    path = tmp_path / "image.txt"
    path.write_bytes(data)
    assert read_error(path).reason == "binary file, not text"


def test_control_characters_make_a_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "controls.txt"
    path.write_bytes(bytes(range(1, 32)) * 50 + b"a few words")
    assert read_error(path).reason == "binary file, not text"


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert read_error(path).reason == "empty file"


def test_file_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("The envoy wrote again. " * 100, encoding="utf-8")
    error = read_error(path, Options(max_bytes=1000))
    assert error.reason == "file is 2.2 KB, over the 1000 B limit"


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(int(25.3 * 1024 * 1024))  # sparse: stat says 25.3 MB, nothing is read
    assert read_error(path).reason == "file is 25.3 MB, over the 20.0 MB limit"


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(LETTER_TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reads")
        assert read_error(path).reason == "cannot read file: Permission denied"
    finally:
        path.chmod(0o644)


def test_directory_passed_to_read_path(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert read_error(folder).reason == "cannot read file: Is a directory"


def test_missing_file(tmp_path: Path) -> None:
    assert read_error(tmp_path / "gone.txt").reason == "cannot read file: No such file or directory"


@pytest.mark.parametrize("name", ["memo.docx", "README"])
def test_unsupported_suffix(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 not really a document")
    reason = read_error(path).reason
    assert reason.startswith("unsupported file type '")
    assert "supported: .txt, .html, .htm, .pdf, .jsonl, .warc, .warc.gz" in reason
    if name == "memo.docx":
        assert "'.docx'" in reason


# ---------------------------------------------------------------- HTML


def test_html_article_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    data = ARTICLE_HTML.encode("utf-8")
    path.write_bytes(data)
    report = read_one(path)
    assert report.fmt == "html"
    assert report.sha256 == sha(data)
    assert "Premier Talia Voss sent a letter to the Northern Assembly" in report.raw_text
    assert "Speaker Oren Hale said he would reply" in report.raw_text
    assert "“hurt families who rely on the crossing every day”" in report.raw_text
    assert "Copyright" not in report.raw_text
    assert report.title == "Premier Voss writes to the Assembly"
    assert report.author == "Mira Quell"
    assert report.outlet == "The Harbour Courier"
    assert report.published == dt.date(2021, 3, 4)


def test_html_without_date_has_no_published(tmp_path: Path) -> None:
    page = ARTICLE_HTML.replace(
        '<meta property="article:published_time" content="2021-03-04T10:00:00Z">', ""
    ).replace("<title>", '<link rel="canonical" href="https://courier.example/voss-letter"><title>')
    path = tmp_path / "undated.htm"
    path.write_text(page, encoding="utf-8")
    report = read_one(path)
    assert report.published is None
    assert report.url == "https://courier.example/voss-letter"
    assert "Premier Talia Voss sent a letter" in report.raw_text


def test_html_in_cp1252_with_declared_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Letter</title></head><body><article>'
        "<p>Minister Renée Núñez wrote to Governor Søren Ålund on Thursday about the river bridge, "
        "asking him to reopen the crossing before the winter markets.</p>"
        "<p>Ålund replied that the engineers’ report would come first and the bridge would stay shut.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("cp1252"))
    report = read_one(path)
    assert "Minister Renée Núñez wrote to Governor Søren Ålund" in report.raw_text
    assert "engineers’ report" in report.raw_text


def test_broken_html_still_yields_text(tmp_path: Path) -> None:
    page = (
        "<html><body><div><p>Envoy Pell Marrow wrote to the prime minister asking for urgent talks "
        "over the border dispute. He said the letter was delivered by hand to the palace on Monday"
    )
    path = tmp_path / "broken.html"
    path.write_text(page, encoding="utf-8")
    report = read_one(path)
    assert "Envoy Pell Marrow wrote to the prime minister" in report.raw_text
    assert report.published is None


def test_html_with_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body><div></div></body></html>")
    assert read_error(path).reason == "no readable text in HTML"


def test_html_that_looks_like_a_url_is_never_fetched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import htmldate.utils
    import trafilatura.downloads

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("tried to fetch from the network")

    monkeypatch.setattr(htmldate.utils, "fetch_url", no_network)
    monkeypatch.setattr(trafilatura.downloads, "fetch_url", no_network)
    path = tmp_path / "link.html"
    path.write_text("https://courier.example/voss-letter", encoding="utf-8")
    results = read_all(path)
    assert len(results) == 1  # a report or a ReadError, but no fetch


# ---------------------------------------------------------------- PDF


def make_pdf(pages: list[str], title: str | None = None) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    if title:
        pdf.set_title(title)
        pdf.set_author("Desk Reporter")
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 10, text)
    return bytes(pdf.output())


PDF_PAGES = [
    "Governor Ilsa Brenn wrote to the Senate about the grain levy.",
    "Senator Cato Rell replied the next morning with a short note.",
]


def test_pdf_two_pages(tmp_path: Path) -> None:
    path = tmp_path / "levy.pdf"
    data = make_pdf(PDF_PAGES, title="Levy letters")
    path.write_bytes(data)
    report = read_one(path)
    assert report.fmt == "pdf"
    assert report.sha256 == sha(data)
    assert PDF_PAGES[0] in report.raw_text and PDF_PAGES[1] in report.raw_text
    assert report.raw_text.index(PDF_PAGES[0]) < report.raw_text.index(PDF_PAGES[1])
    assert "\n\n" in report.raw_text
    assert report.title == "Levy letters"
    assert report.author == "Desk Reporter"


def test_encrypted_pdf(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=io.BytesIO(make_pdf(PDF_PAGES)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    path = tmp_path / "locked.pdf"
    path.write_bytes(out.getvalue())
    assert read_error(path).reason == "encrypted PDF"


def test_truncated_pdf(tmp_path: Path) -> None:
    data = make_pdf(PDF_PAGES)
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: len(data) // 2])
    assert read_error(path).reason.startswith("corrupt or truncated PDF: ")


def test_pdf_without_text(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 50, 50)  # a drawing and no words, like a scanned page
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert read_error(path).reason == "PDF has no extractable text (scanned?)"


# ---------------------------------------------------------------- JSONL


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "text": "Mayor Ines Calder wrote to the transit board.",
                "url": "https://post.example/1",
                "title": "Calder letter",
                "published": "2022-05-06",
                "outlet": "The Evening Post",
            }
        ),
        "",
        json.dumps(
            {
                "text": "The board chair, Rufus Penn, answered “within days”.",
                "published": "2022-05-09T08:30:00+02:00",
            }
        ),
        '{"text": "this line is cut',
        json.dumps({"text": "Calder thanked Penn for the reply.", "published": "sometime"}),
        json.dumps({"title": "no body here"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read_all(path)
    reports = [r for r in results if isinstance(r, RawReport)]
    errors = [r for r in results if isinstance(r, ReadError)]
    assert len(reports) == 3 and len(errors) == 2
    assert [r.source for r in reports] == [f"{path}#1", f"{path}#3", f"{path}#5"]
    first = reports[0]
    assert first.fmt == "jsonl"
    assert first.raw_text == "Mayor Ines Calder wrote to the transit board."
    assert (first.url, first.title, first.outlet) == (
        "https://post.example/1",
        "Calder letter",
        "The Evening Post",
    )
    assert first.published == dt.date(2022, 5, 6)
    assert first.sha256 == sha(lines[0].encode("utf-8"))
    assert reports[1].published == dt.date(2022, 5, 9)
    assert "“within days”" in reports[1].raw_text
    assert reports[2].published is None
    assert (errors[0].reason, errors[0].source) == ("line 4: not valid JSON", f"{path}#4")
    assert (errors[1].reason, errors[1].source) == ("line 6: no 'text' field", f"{path}#6")
    assert results.index(errors[0]) < results.index(reports[2])  # the run went on after the bad line


# ---------------------------------------------------------------- WARC


def html_page(title: str, body: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article>"
        f"<p>{body}</p><p>{body} The reply is expected before the end of the month.</p>"
        f"</article></body></html>"
    ).encode()


def write_warc(path: Path, *, gz: bool) -> list[bytes]:
    pages = [
        html_page(
            "Ambassador writes", "Ambassador Lene Sorr wrote to the foreign ministry about the visa backlog."
        ),
        html_page(
            "Ministry answers", "The ministry answered Sorr in a two-page letter signed by Deputy Kurt Ode."
        ),
    ]
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        records = [
            ("https://wire.example/sorr", "text/html; charset=utf-8", pages[0]),
            ("https://wire.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00fake"),
            ("https://wire.example/ode", "text/html", pages[1]),
        ]
        for uri, content_type, payload in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=headers
            )
            writer.write_record(record)
    return pages


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    pages = write_warc(path, gz=name.endswith(".gz"))
    results = read_all(path)
    assert all(isinstance(r, RawReport) for r in results), results
    reports = [r for r in results if isinstance(r, RawReport)]
    assert [r.source for r in reports] == [f"{path}#1", f"{path}#2"]
    assert [r.url for r in reports] == ["https://wire.example/sorr", "https://wire.example/ode"]
    assert all(r.fmt == "warc" for r in reports)
    assert "Ambassador Lene Sorr wrote to the foreign ministry" in reports[0].raw_text
    assert "signed by Deputy Kurt Ode" in reports[1].raw_text
    assert [r.sha256 for r in reports] == [sha(page) for page in pages]
    assert all(r.published is None for r in reports)  # WARC-Date is the capture date, not publication


def test_corrupt_warc_gz(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"WARC/1.0\r\n")[:12] + bytes(range(256)) * 4)
    reason = read_error(path).reason
    assert reason.startswith("corrupt WARC: ")
    assert reason.isprintable()


def test_text_file_named_warc(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("the minister wrote a letter\nand the council replied\n", encoding="utf-8")
    assert read_error(path).reason.startswith("corrupt WARC: ")


def test_truncated_warc_gz_keeps_records_before_the_damage(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    write_warc(path, gz=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])
    results = read_all(path)
    assert len(results) == 2
    assert isinstance(results[0], RawReport) and results[0].source == f"{path}#1"
    last = results[1]
    assert isinstance(last, ReadError) and last.source == f"{path}#2"
    assert last.reason.startswith("corrupt WARC record: truncated")


def test_warc_without_html(tmp_path: Path) -> None:
    path = tmp_path / "images.warc"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://wire.example/a.png", "response", payload=io.BytesIO(b"fake png"), http_headers=headers
        )
        writer.write_record(record)
    assert read_error(path).reason == "no HTML response records in WARC"


# ---------------------------------------------------------------- finding files


def test_iter_input_files_walks_folders(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / ".git").mkdir()
    (corpus / ".git" / "config.txt").write_text("x")
    (corpus / "b_report.txt").write_text(LETTER_TEXT)
    (corpus / "gold.json").write_text("{}")
    (corpus / "MANIFEST.tsv").write_text("id\tfile\n")
    (corpus / ".notes.txt").write_text("private")
    (corpus / "memo.docx").write_bytes(b"PK")
    (corpus / "sub" / "a_page.html").write_text(ARTICLE_HTML)
    found = list(iter_input_files([corpus]))
    assert found == [
        (corpus / ".git", "hidden folder"),
        (corpus / ".notes.txt", "hidden file"),
        (corpus / "MANIFEST.tsv", "not a report file (MANIFEST.tsv)"),
        (corpus / "b_report.txt", None),
        (corpus / "gold.json", "not a report file (gold.json)"),
        (corpus / "memo.docx", "not a report file (.docx)"),
        (corpus / "sub" / "a_page.html", None),
    ]


def test_iter_input_files_named_files_and_missing_paths(tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text("{}")
    missing = tmp_path / "nowhere"
    found = list(iter_input_files([gold, missing]))
    assert found == [(gold, None), (missing, "no such file or directory")]
    assert read_error(gold).reason.startswith("unsupported file type '.json'")


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".html", ".htm", ".pdf", ".jsonl", ".warc", ".warc.gz")


def test_uppercase_suffix_is_read(tmp_path: Path) -> None:
    path = tmp_path / "SHOUT.TXT"
    path.write_text(LETTER_TEXT, encoding="utf-8")
    assert read_one(path).raw_text == LETTER_TEXT


def test_a_sidecar_list_gives_each_report_its_url(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The minister wrote to the mayor about the bridge.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The mayor answered the minister in a letter.\n", encoding="utf-8")
    (tmp_path / "SOURCES.tsv").write_text(
        "file\turl\tnote\na.txt\thttps://news.example.org/2021/03/04/bridge\tignored\nb.txt\tnot a url\t\n",
        encoding="utf-8",
    )
    a = next(read_path(tmp_path / "a.txt", Options()))
    b = next(read_path(tmp_path / "b.txt", Options()))
    assert getattr(a, "url", None) == "https://news.example.org/2021/03/04/bridge"
    assert getattr(b, "url", "missing") is None  # only http(s) addresses are taken


def test_no_sidecar_list_leaves_the_url_empty(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The minister wrote to the mayor about the bridge.\n", encoding="utf-8")
    a = next(read_path(tmp_path / "a.txt", Options()))
    assert getattr(a, "url", "missing") is None
