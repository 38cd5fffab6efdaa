"""Read report files (text, HTML, PDF, JSONL, WARC) into :class:`RawReport` objects.

Nothing here raises for bad input: every problem with a file or a record becomes a
:class:`ReadError` that names its source, and the caller goes on with the other files.
Nothing here touches the network: HTML is only ever parsed from strings and trees.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import charset_normalizer
import ftfy
import htmldate
import justext
import trafilatura
from pypdf import PasswordType, PdfReader
from warcio.archiveiterator import ArchiveIterator

from lettertrace.models import Options, RawReport, ReadError

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".pdf", ".jsonl", ".warc", ".warc.gz")

_NOT_REPORTS = frozenset({"gold.json", "MANIFEST.tsv"})
_BINARY = "binary file, not text"
_BINARY_SHARE = 0.30  # share of control / undecodable characters that makes a file binary
_SNIFF_BYTES = 4096
_CHECK_CHARS = 65536
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")
_BAD_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte code pages for Latin script: charset-normalizer often picks one of these for
# short Western text that is really cp1252, the usual legacy encoding of English news.
_LATIN_CODEPAGES = frozenset(
    "cp1250 cp1252 cp1254 cp1257 cp1258 latin_1 iso8859_2 iso8859_3 iso8859_4 iso8859_9 iso8859_10 "
    "iso8859_13 iso8859_14 iso8859_15 iso8859_16 mac_latin2 mac_roman mac_iceland cp775 cp850 cp852 "
    "hp_roman8".split()
)
_CP1252_TOLERANCE = 0.05  # how much more "chaos" cp1252 may show than the best guess and still win
_LATIN1_ALIASES = frozenset({"latin1", "latin-1", "iso-8859-1", "iso8859-1", "us-ascii", "ascii"})
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", re.I)


# ---------------------------------------------------------------- finding files


def iter_input_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
    """Expand files and folders into (path, None) to read or (path, reason) to skip."""
    for path in paths:
        if os.path.isdir(path):
            yield from _walk(Path(path))
        elif not os.path.exists(path):
            yield Path(path), "no such file or directory"
        else:
            yield Path(path), None


def _walk(folder: Path) -> Iterator[tuple[Path, str | None]]:
    """Yield the files of one folder and its subfolders, sorted by name."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield folder, f"cannot read folder: {exc.strerror or exc}"
        return
    for entry in entries:
        path = folder / entry.name
        reason = _skip_reason(entry)
        if reason is not None:
            yield path, reason
        elif entry.is_dir():
            yield from _walk(path)
        else:
            yield path, None


def _skip_reason(entry: os.DirEntry[str]) -> str | None:
    """Why a folder entry is not read, or None when it is (or is a folder to walk)."""
    is_dir = entry.is_dir()
    if entry.name.startswith("."):
        return "hidden folder" if is_dir else "hidden file"
    if is_dir:
        return "link to a folder, not followed" if entry.is_symlink() else None
    if not entry.is_file():
        return "not a regular file"
    if entry.name in _NOT_REPORTS:
        return f"not a report file ({entry.name})"
    suffix = _suffix(Path(entry.name))
    if suffix not in SUPPORTED_SUFFIXES:
        return f"not a report file ({suffix or 'no suffix'})"
    return None


def _suffix(path: Path) -> str:
    """The lower-case suffix that decides how a file is read ('.warc.gz' counts as one)."""
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else Path(name).suffix


# ---------------------------------------------------------------- reading one file


def read_path(path: Path, options: Options) -> Iterator[RawReport | ReadError]:
    """Yield one RawReport per report in a file, or a ReadError for what cannot be read."""
    source = str(path)
    suffix = _suffix(path)
    problem = _precheck(path, suffix, options)
    if problem is not None:
        yield ReadError(problem, source)
    elif suffix == ".jsonl":
        yield from _read_jsonl(path)
    elif suffix in (".warc", ".warc.gz"):
        yield from _read_warc(path)
    else:
        yield _read_single(path, _SINGLE_READERS[suffix])


def _precheck(path: Path, suffix: str, options: Options) -> str | None:
    """What stops a file from being read at all (checked with stat, before reading)."""
    try:
        info = path.stat()
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}"
    if stat.S_ISDIR(info.st_mode):
        return "cannot read file: Is a directory"
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "(none)"
        return f"unsupported file type '{shown}' (supported: {', '.join(SUPPORTED_SUFFIXES)})"
    if info.st_size > options.max_bytes:
        return f"file is {_size(info.st_size)}, over the {_size(options.max_bytes)} limit"
    if info.st_size == 0:
        return "empty file"
    return None


def _size(n: int) -> str:
    """A byte count for people: '25.3 MB', '1.5 KB', '1000 B'."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} B"


def _read_single(path: Path, reader: Callable[[bytes, str], RawReport]) -> RawReport | ReadError:
    """Read a one-report file with ``reader``; every failure becomes a ReadError."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ReadError(f"cannot read file: {exc.strerror or exc}", source)
    if not data.strip():
        return ReadError("empty file", source)
    report = _guarded(source, reader, data, source)
    url = _sidecar_url(path)
    if isinstance(report, RawReport) and report.url is None and url:
        report = replace(report, url=url)
    return report


# A crawl often leaves a list of what it fetched beside the files: a tab-separated file with a header
# naming a ``file`` and a ``url`` column. Only those two columns are read (any other column is ignored).
SIDECAR_NAMES = ("SOURCES.tsv", "MANIFEST.tsv", "sources.tsv", "manifest.tsv")


def _sidecar_url(path: Path) -> str | None:
    folder = path.parent
    stamps = tuple((n, (folder / n).stat().st_mtime_ns) for n in SIDECAR_NAMES if (folder / n).is_file())
    return sidecar_urls(str(folder), stamps).get(path.name)


@cache
def sidecar_urls(folder: str, stamps: tuple[tuple[str, int], ...] = ()) -> dict[str, str]:
    """File name -> source URL from a sidecar list in ``folder`` (empty when there is none); ``stamps``
    (the lists' modification times) keys the cache, so an edited list is read again."""
    for name in SIDECAR_NAMES:
        p = Path(folder) / name
        if not p.is_file():
            continue
        try:
            with p.open(encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh, delimiter="\t"))
        except (OSError, UnicodeDecodeError, csv.Error):
            return {}
        return {
            r["file"].strip(): r["url"].strip()
            for r in rows
            if r.get("file") and (r.get("url") or "").startswith(("http://", "https://"))
        }
    return {}


def _guarded(source: str, make: Callable[..., RawReport], *args: Any) -> RawReport | ReadError:
    """Call ``make(*args)``; a ReadError or any unexpected failure becomes a ReadError for ``source``."""
    try:
        return make(*args)
    except ReadError as exc:
        return ReadError(exc.reason, source)
    except Exception as exc:  # a parser bug must not stop the run
        return ReadError(f"could not read: {_short(exc)}", source)


def _short(exc: BaseException) -> str:
    """A one-line, bounded description of an exception."""
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    line = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in line)
    return line if len(line) <= 160 else line[:157] + "..."


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- text and encodings


def _read_txt(data: bytes, source: str) -> RawReport:
    """A plain-text report."""
    text = _fix_text(_decode(data))
    if not text.strip():
        raise ReadError("empty file")
    return RawReport(source=source, sha256=_sha(data), raw_text=text, fmt="txt")


def _decode(data: bytes, hint: str | None = None) -> str:
    """Decode bytes to text (BOM, UTF-16 sniffing, UTF-8, ``hint``, detection); raise if binary."""
    encoding = _bom_encoding(data)
    if encoding is None and b"\x00" in data:
        encoding = _sniff_utf16(data)
        if encoding is None:
            raise ReadError(_BINARY)
    text = data.decode(encoding, errors="replace") if encoding else _decode_8bit(data, hint)
    if _looks_binary(text):
        raise ReadError(_BINARY)
    return text


def _bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _sniff_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for BOM-less UTF-16 of mostly Latin text, else None."""
    sample = data[:_SNIFF_BYTES]
    half = max(len(sample) // 2, 1)
    even_nul = sample[0::2].count(0) / half
    odd_nul = sample[1::2].count(0) / half
    if odd_nul > 0.7 and even_nul < 0.1:
        return "utf-16-le"
    if even_nul > 0.7 and odd_nul < 0.1:
        return "utf-16-be"
    return None


def _decode_8bit(data: bytes, hint: str | None) -> str:
    """Strict UTF-8, then the declared encoding, then charset-normalizer's best guess."""
    for encoding in ("utf-8", _normal_hint(hint)):
        if encoding:
            try:
                return data.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
    guessed = _guess_encoding(data)
    if guessed is not None:
        return data.decode(guessed, errors="replace")
    return data.decode("utf-8", errors="replace")


def _normal_hint(hint: str | None) -> str | None:
    """A declared charset as browsers read it (Latin-1 and ASCII mean cp1252)."""
    if not hint:
        return None
    hint = hint.strip().lower()
    return "cp1252" if hint in _LATIN1_ALIASES else hint


def _guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's best guess, preferring cp1252 when it is about as plausible."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    if best.encoding in _LATIN_CODEPAGES:
        for match in matches:
            if match.encoding == "cp1252" and match.chaos <= best.chaos + _CP1252_TOLERANCE:
                return "cp1252"
    return best.encoding


def _looks_binary(text: str) -> bool:
    """True when too many characters are control characters or undecodable."""
    sample = text[:_CHECK_CHARS]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch == "\ufffd" or _is_bad_char(ch))
    return bad / len(sample) > _BINARY_SHARE


def _is_bad_char(ch: str) -> bool:
    return ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in _BAD_CATEGORIES


def _fix_text(text: str) -> str:
    """LF line ends, then mojibake repair that keeps quotes and line breaks as they are."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=False, normalization=None)


def _clean_field(value: Any) -> str | None:
    """A metadata string, repaired and stripped; None when missing or blank."""
    if not isinstance(value, str):
        return None
    value = " ".join(_fix_text(value).split())
    return value or None


# ---------------------------------------------------------------- HTML


def _read_html(data: bytes, source: str) -> RawReport:
    """An HTML page holding one report."""
    html = _decode(data, _meta_charset(data))
    return _html_report(html, source=source, sha256=_sha(data), fmt="html")


def _meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its top."""
    found = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return found.group(1).decode("ascii", errors="ignore") if found else None


def _html_report(html: str, *, source: str, sha256: str, fmt: str, url: str | None = None) -> RawReport:
    """Main text and metadata of an HTML page."""
    text = _html_text(html)
    meta = _html_meta(html)
    return RawReport(
        source=source,
        sha256=sha256,
        raw_text=text,
        fmt=fmt,
        title=_clean_field(meta.get("title")),
        author=_clean_field(meta.get("author")),
        outlet=_clean_field(meta.get("sitename")),
        url=url or _clean_field(meta.get("url")),
        published=_html_date(html),
    )


def _html_text(html: str) -> str:
    """The page's main text: trafilatura, else jusText's good paragraphs."""
    text = _trafilatura_text(html) or _justext_text(html)
    if not text.strip():
        raise ReadError("no readable text in HTML")
    return _fix_text(text)


def _trafilatura_text(html: str) -> str:
    try:
        text = trafilatura.extract(
            html,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            with_metadata=False,
            favor_recall=True,
        )
    except Exception:
        return ""
    return text if text and text.strip() else ""


def _justext_text(html: str) -> str:
    try:
        paragraphs = justext.justext(html, justext.get_stoplist("English"))
    except Exception:
        return ""
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate and p.text.strip())


def _html_meta(html: str) -> dict[str, Any]:
    """Title, author, sitename and url as trafilatura finds them (empty when it fails)."""
    try:
        document = trafilatura.extract_metadata(html, extensive=False)
    except Exception:
        return {}
    if document is None:
        return {}
    return {key: getattr(document, key, None) for key in ("title", "author", "sitename", "url")}


def _html_date(html: str) -> dt.date | None:
    """The publication date the page states, or None (never today's date by default)."""
    tree = trafilatura.load_html(html)  # a tree, so htmldate never treats the input as a URL
    if tree is None:
        return None
    try:
        found = htmldate.find_date(
            tree, extensive_search=False, original_date=True, max_date=dt.date.today().isoformat()
        )
        return dt.date.fromisoformat(found) if found else None
    except Exception:
        return None


# ---------------------------------------------------------------- PDF


def _read_pdf(data: bytes, source: str) -> RawReport:
    """A PDF holding one report: the text of its pages, with title and author from its info."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _unlock(reader):
            raise ReadError("encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
        title, author = _pdf_info(reader)
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(f"corrupt or truncated PDF: {_short(exc)}") from exc
    text = _fix_text("\n\n".join(pages).replace("\x00", ""))
    if not text.strip():
        raise ReadError("PDF has no extractable text (scanned?)")
    return RawReport(source=source, sha256=_sha(data), raw_text=text, fmt="pdf", title=title, author=author)


def _unlock(reader: PdfReader) -> bool:
    """Open a PDF that is encrypted with an empty user password (viewers open those freely)."""
    try:
        return reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except Exception:
        return False


def _pdf_info(reader: PdfReader) -> tuple[str | None, str | None]:
    """Title and author from the document information dictionary, if present."""
    try:
        info = reader.metadata
    except Exception:
        return None, None
    if info is None:
        return None, None
    return _clean_field(info.title), _clean_field(info.author)


# ---------------------------------------------------------------- JSONL


def _read_jsonl(path: Path) -> Iterator[RawReport | ReadError]:
    """One report per non-blank line; a bad line yields a ReadError and reading goes on."""
    seen = False
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield ReadError(f"cannot read file: {exc.strerror or exc}", str(path))
        return
    with stream:
        for lineno, line in enumerate(stream, start=1):
            record = line.rstrip(b"\r\n")
            if not record.strip():
                continue
            seen = True
            source = f"{path}#{lineno}"
            yield _guarded(source, _jsonl_report, record, source, lineno)
    if not seen:
        yield ReadError("empty file", str(path))


def _jsonl_report(record: bytes, source: str, lineno: int) -> RawReport:
    """One JSONL line: an object with 'text' and optional url, title, published, outlet."""
    try:
        obj = json.loads(record)
    except ValueError as exc:
        raise ReadError(f"line {lineno}: not valid JSON") from exc
    if not isinstance(obj, dict):
        raise ReadError(f"line {lineno}: not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise ReadError(f"line {lineno}: no 'text' field")
    text = _fix_text(text)
    if not text.strip():
        raise ReadError(f"line {lineno}: empty 'text' field")
    return RawReport(
        source=source,
        sha256=_sha(record),
        raw_text=text,
        fmt="jsonl",
        title=_clean_field(obj.get("title")),
        outlet=_clean_field(obj.get("outlet")),
        url=_clean_field(obj.get("url")),
        published=_iso_date(obj.get("published")),
    )


def _iso_date(value: Any) -> dt.date | None:
    """An ISO date or date-time string as a date; None when missing or not ISO."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return None


# ---------------------------------------------------------------- WARC


def _read_warc(path: Path) -> Iterator[RawReport | ReadError]:
    """One report per HTML response record, streamed record by record."""
    source = str(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield ReadError(f"cannot read file: {exc.strerror or exc}", source)
        return
    count = 0
    with stream:
        records = iter(ArchiveIterator(stream))
        while True:
            try:
                record = next(records, None)
            except Exception as exc:  # warcio, gzip and zlib all signal a broken archive
                yield ReadError(f"corrupt WARC: {_short(exc)}", source)
                return
            if record is None:
                break
            if not str(record.format).startswith("warc"):  # warcio also reads old ARC, or garbage as ARC
                yield ReadError("corrupt WARC: a record has no WARC header", source)
                return
            if _is_html_response(record):
                count += 1
                yield _warc_report(record, f"{source}#{count}")
    if count == 0:
        yield ReadError("no HTML response records in WARC", source)


def _is_html_response(record: Any) -> bool:
    """True for a 'response' record whose HTTP Content-Type is HTML."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return "html" in content_type


def _warc_report(record: Any, source: str) -> RawReport | ReadError:
    """An HTML response record as a report (WARC-Date is the capture date, so it is not used)."""
    try:
        payload: bytes = record.content_stream().read()
    except Exception as exc:
        return ReadError(f"corrupt WARC record: {_short(exc)}", source)
    missing = getattr(record.raw_stream, "limit", 0)  # bytes the record header promised but the file lacks
    if isinstance(missing, int) and missing > 0:
        return ReadError(f"corrupt WARC record: truncated, {missing} bytes missing", source)
    if not payload.strip():
        return ReadError("empty HTML response record", source)
    url = _clean_field(record.rec_headers.get_header("WARC-Target-URI"))
    hint = _header_charset(record.http_headers.get_header("Content-Type")) or _meta_charset(payload)
    return _guarded(source, _warc_html_report, payload, hint, source, url)


def _warc_html_report(payload: bytes, hint: str | None, source: str, url: str | None) -> RawReport:
    html = _decode(payload, hint)
    return _html_report(html, source=source, sha256=_sha(payload), fmt="warc", url=url)


def _header_charset(content_type: str | None) -> str | None:
    found = _HEADER_CHARSET.search(content_type or "")
    return found.group(1) if found else None


_SINGLE_READERS: dict[str, Callable[[bytes, str], RawReport]] = {
    ".txt": _read_txt,
    ".html": _read_html,
    ".htm": _read_html,
    ".pdf": _read_pdf,
}
