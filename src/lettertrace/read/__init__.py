"""Read report files (text, HTML, PDF, JSONL, WARC) into :class:`RawReport` objects.

Nothing here raises for bad input: every problem with a file, a folder entry or a record becomes a
:class:`ReadError` that names its source, and the caller goes on with the other files.
Nothing here touches the network: HTML is only ever parsed from strings and trees.

One module per concern: ``files`` (finding files, checks before reading, the crawl's source list),
``decode`` (bytes to text), ``html_page``, ``pdf`` and ``records`` (JSONL and WARC).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from lettertrace.models import Options, RawReport, ReadError

from .decode import decode, fix_text, sha, short
from .files import (
    SIDECAR_NAMES,
    SUPPORTED_SUFFIXES,
    iter_input_files,
    precheck,
    sidecar_url,
    sidecar_urls,
    suffix_of,
)
from .records import guarded, read_jsonl, read_warc

__all__ = [
    "SIDECAR_NAMES",
    "SUPPORTED_SUFFIXES",
    "iter_input_files",
    "read_path",
    "sidecar_urls",
]


def read_path(path: Path, options: Options) -> Iterator[RawReport | ReadError]:
    """Yield one RawReport per report in a file, or a ReadError for what cannot be read."""
    try:
        yield from _read_path(path, options)
    except Exception as exc:  # a reader bug must not stop the run: the file fails, the run goes on
        yield ReadError(f"could not read: {short(exc)}", str(path))


def _read_path(path: Path, options: Options) -> Iterator[RawReport | ReadError]:
    suffix = suffix_of(path)
    problem = _name_problem(str(path)) or precheck(path, options)
    if problem is not None:
        yield ReadError(problem, str(path))
    elif suffix == ".jsonl":
        yield from read_jsonl(path)
    elif suffix in (".warc", ".warc.gz"):
        yield from read_warc(path)
    else:
        yield _read_single(path, _SINGLE_READERS[suffix])


def _name_problem(name: str) -> str | None:
    """Why a path cannot name a report: the register stores sources as UTF-8 text."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8 (rename the file to read it)"
    return None


def _read_single(path: Path, reader: Callable[[bytes, str], RawReport]) -> RawReport | ReadError:
    """Read a one-report file with ``reader``; every failure becomes a ReadError."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ReadError(f"cannot read file: {exc.strerror or exc}", source)
    if not data.strip():
        return ReadError("empty file", source)
    report = guarded(source, reader, data, source)
    url = sidecar_url(path)
    if isinstance(report, RawReport) and report.url is None and url:
        report = replace(report, url=url)
    return report


def read_txt(data: bytes, source: str) -> RawReport:
    """A plain-text report."""
    text = fix_text(decode(data))
    if not text.strip():
        raise ReadError("empty file")
    return RawReport(source=source, sha256=sha(data), raw_text=text, fmt="txt")


def read_html(data: bytes, source: str) -> RawReport:
    """An HTML page (:mod:`.html_page`, imported on the first page: trafilatura and htmldate take
    0.4 s to import, which an ingest of text files need not pay)."""
    from .html_page import read_html as read

    return read(data, source)


def read_pdf(data: bytes, source: str) -> RawReport:
    """A PDF (:mod:`.pdf`, imported on the first one)."""
    from .pdf import read_pdf as read

    return read(data, source)


_SINGLE_READERS: dict[str, Callable[[bytes, str], RawReport]] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
}
