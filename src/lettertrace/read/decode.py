"""Bytes to text: byte-order marks, BOM-less UTF-16, UTF-8, declared and guessed encodings, binary files.

Also the small helpers every reader shares: mojibake repair, metadata fields, one-line error text.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from typing import Any

import charset_normalizer
import ftfy

from lettertrace.models import ReadError

BINARY = "binary file, not text"
_BINARY_SHARE = 0.30  # share of control / undecodable characters that makes a file binary
# NUL bytes in a file that is otherwise strict UTF-8 are dropped when they are at most this share of its
# bytes: a stray NUL or three (a crawler's or an editor's slip) in a 4 KB report must not make it binary,
# while random binary data holds one NUL in 256 bytes (0.4 %) and is never valid UTF-8 anyway.
_MAX_NUL_SHARE = 0.01
SNIFF_BYTES = 4096
_CHECK_CHARS = 65536
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")
_BAD_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})
# The ASCII characters of those categories (all Cc) not allowed above, and every non-ASCII character.
_ASCII_BAD = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
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


def decode(data: bytes, hint: str | None = None) -> str:
    """Decode bytes to text (BOM, UTF-16 sniffing, UTF-8, ``hint``, detection); raise if binary."""
    encoding = _bom_encoding(data)
    if encoding is None and b"\x00" in data:
        encoding = _sniff_utf16(data)
        if encoding is None:
            return _decode_with_stray_nuls(data)
    text = data.decode(encoding, errors="replace") if encoding else _decode_8bit(data, hint)
    if _looks_binary(text):
        raise ReadError(BINARY)
    return text


def _decode_with_stray_nuls(data: bytes) -> str:
    """UTF-8 text holding a few NUL bytes, without them; anything else with NULs is binary."""
    if data.count(0) > _MAX_NUL_SHARE * len(data):
        raise ReadError(BINARY)
    try:
        text = data.replace(b"\x00", b"").decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(BINARY) from exc
    if _looks_binary(text):
        raise ReadError(BINARY)
    return text


def _bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _sniff_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for BOM-less UTF-16 of mostly Latin text, else None."""
    sample = data[:SNIFF_BYTES]
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
    # ASCII controls by one regular expression; the few other characters one by one
    bad = len(_ASCII_BAD.findall(sample))
    bad += sum(1 for ch in _NON_ASCII.findall(sample) if ch == "\ufffd" or _is_bad_char(ch))
    return bad / len(sample) > _BINARY_SHARE


def _is_bad_char(ch: str) -> bool:
    return ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in _BAD_CATEGORIES


# ---------------------------------------------------------------- helpers shared by the readers


def fix_text(text: str) -> str:
    """LF line ends, then mojibake repair that keeps quotes and line breaks as they are."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=False, normalization=None)


def clean_field(value: Any) -> str | None:
    """A metadata string, repaired and stripped; None when missing or blank."""
    if not isinstance(value, str):
        return None
    value = " ".join(fix_text(value).split())
    return value or None


def short(exc: BaseException) -> str:
    """A one-line, bounded description of an exception."""
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    line = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in line)
    return line if len(line) <= 160 else line[:157] + "..."


def sha(data: bytes) -> str:
    """The SHA-256 of a record's raw bytes."""
    return hashlib.sha256(data).hexdigest()
