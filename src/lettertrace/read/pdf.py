"""PDF reports: the text of their pages, title and author from the document information.

pypdf reports the damage it works around (a wrong ``startxref`` pointer, a broken object) through
Python's logging and warnings, which would print lines naming no file in the middle of a run. They are
captured while one PDF is read and passed on, prefixed with that file's name, to the
``lettertrace.read`` logger at DEBUG level (shown by ``lettertrace --debug``).
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PasswordType, PdfReader

from lettertrace.models import RawReport, ReadError

from .decode import clean_field, fix_text, sha, short

log = logging.getLogger("lettertrace.read")
MAX_NOTES = 20  # pypdf notes kept per file; a badly broken PDF can log one per object


class _Notes(logging.Handler):
    """Collects what pypdf logs while one file is read."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.add(record.getMessage())

    def add(self, message: str) -> None:
        if len(self.lines) < MAX_NOTES:
            self.lines.append(" ".join(message.split()))
        else:
            self.dropped += 1


@contextmanager
def pypdf_notes(source: str) -> Iterator[_Notes]:
    """Capture pypdf's log records and warnings; pass them on to our logger, naming ``source``."""
    pypdf_log = logging.getLogger("pypdf")
    notes = _Notes()
    saved = pypdf_log.propagate
    pypdf_log.addHandler(notes)
    pypdf_log.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield notes
        for w in caught:
            notes.add(str(w.message))
    finally:
        pypdf_log.removeHandler(notes)
        pypdf_log.propagate = saved
    for line in notes.lines:
        log.debug("%s: pypdf: %s", source, line)
    if notes.dropped:
        log.debug("%s: pypdf: %d more notes", source, notes.dropped)


def read_pdf(data: bytes, source: str) -> RawReport:
    """A PDF holding one report: the text of its pages, with title and author from its info."""
    with pypdf_notes(source):
        pages, title, author = _pdf_parts(data)
    text = fix_text("\n\n".join(pages).replace("\x00", ""))
    if not text.strip():
        raise ReadError("PDF has no extractable text (scanned?)")
    return RawReport(source=source, sha256=sha(data), raw_text=text, fmt="pdf", title=title, author=author)


def _pdf_parts(data: bytes) -> tuple[list[str], str | None, str | None]:
    """The text of each page, the title and the author; a ReadError for a PDF that cannot be read."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _unlock(reader):
            raise ReadError("encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
        title, author = _pdf_info(reader)
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(f"corrupt or truncated PDF: {short(exc)}") from exc
    return pages, title, author


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
    return clean_field(info.title), clean_field(info.author)
