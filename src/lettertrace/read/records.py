"""Multi-record files: JSONL article dumps and WARC archives, read record by record."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from lettertrace.models import RawReport, ReadError

from .decode import clean_field, decode, fix_text, sha, short

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", re.I)
log = logging.getLogger("lettertrace.read")


def guarded(source: str, make: Callable[..., RawReport], *args: Any) -> RawReport | ReadError:
    """Call ``make(*args)``; a ReadError or any unexpected failure becomes a ReadError for ``source``."""
    try:
        return make(*args)
    except ReadError as exc:
        return ReadError(exc.reason, source)
    except Exception as exc:  # a parser bug must not stop the run
        return ReadError(f"could not read: {short(exc)}", source)


# ---------------------------------------------------------------- JSONL
def read_jsonl(path: Path) -> Iterator[RawReport | ReadError]:
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
            yield guarded(source, _jsonl_report, record, source, lineno)
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
    text = fix_text(text)
    if not text.strip():
        raise ReadError(f"line {lineno}: empty 'text' field")
    return RawReport(
        source=source,
        sha256=sha(record),
        raw_text=text,
        fmt="jsonl",
        title=clean_field(obj.get("title")),
        outlet=clean_field(obj.get("outlet")),
        url=clean_field(obj.get("url")),
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
def read_warc(path: Path) -> Iterator[RawReport | ReadError]:
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
                record = _next_record(records, source)
            except Exception as exc:  # warcio, gzip and zlib all signal a broken archive
                yield ReadError(f"corrupt WARC: {short(exc)}", source)
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


def _next_record(records: Iterator[Any], source: str) -> Any:
    """The archive's next record (None at its end); what warcio writes to stderr about a damaged
    record (a warning naming no file) goes to our logger at DEBUG level, under ``source``."""
    noise = io.StringIO()
    with contextlib.redirect_stderr(noise):
        record = next(records, None)
    if noise.getvalue().strip():
        log.debug("%s: warcio: %s", source, " ".join(noise.getvalue().split())[:300])
    return record


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
        return ReadError(f"corrupt WARC record: {short(exc)}", source)
    missing = getattr(record.raw_stream, "limit", 0)  # bytes the record header promised but the file lacks
    if isinstance(missing, int) and missing > 0:
        return ReadError(f"corrupt WARC record: truncated, {missing} bytes missing", source)
    if not payload.strip():
        return ReadError("empty HTML response record", source)
    url = clean_field(record.rec_headers.get_header("WARC-Target-URI"))
    from .html_page import meta_charset  # imported on the first page (see read_html)

    hint = _header_charset(record.http_headers.get_header("Content-Type")) or meta_charset(payload)
    return guarded(source, _warc_html_report, payload, hint, source, url)


def _warc_html_report(payload: bytes, hint: str | None, source: str, url: str | None) -> RawReport:
    from .html_page import html_report

    html = decode(payload, hint)
    return html_report(html, source=source, sha256=sha(payload), fmt="warc", url=url)


def _header_charset(content_type: str | None) -> str | None:
    found = _HEADER_CHARSET.search(content_type or "")
    return found.group(1) if found else None
