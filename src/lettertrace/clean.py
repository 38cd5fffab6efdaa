"""Clean a raw report: drop web boilerplate lines, reflow hard-wrapped text, keep a clean->raw offset map.

The text is processed line by line:

1. split the raw text into lines, stripped of surrounding whitespace (a leading crawler stamp
   `` date 2020-01-31`` is cut off the first line);
2. classify each line as content or page furniture, combining the cue patterns of
   ``data/boilerplate.yaml`` with line features (length, sentence punctuation, position before
   the first / after the last prose line, neighbouring furniture); a strong end-of-article marker
   followed only by short or furniture lines drops the whole tail of the page;
3. decide, for each pair of neighbouring kept lines, whether they are joined (a hard wrap, a
   wire-copy break inside a sentence, end-of-line hyphenation) or stay apart (newline inside a
   block, blank line between paragraphs); salutations, closings, signatures, date lines and
   list items keep their own lines;
4. assemble the clean text, mapping every clean character to the raw character it copies (or,
   for a joining space or a line break, to the raw whitespace it stands for).

Characters are never changed: the clean text only drops raw characters, and a space or newline
in it always stands for raw whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

import yaml

from lettertrace.clean_lines import (
    ELLIPSIS_END,
    MONTH,
    WEEKDAY,
    ends_sentence,
    ends_with_function_word,
    is_closing,
    is_date_line,
    is_labelled_date_line,
    is_prose,
    is_routing,
    is_salutation,
    is_signature,
    signs_for,
)
from lettertrace.models import CleanText, Options, RawReport
from lettertrace.offsets import Offsets, OffsetsBuilder

__all__ = [  # the line features are used by meta and by the tests through this module
    "DATE_STAMP_REASON",
    "MONTH",
    "WEEKDAY",
    "assert_offsets",
    "clean",
    "ends_sentence",
    "is_closing",
    "is_date_line",
    "is_prose",
    "is_salutation",
    "is_signature",
    "load_cues",
    "offset_errors",
]

DATE_STAMP_REASON = "date stamp"
"""Reason recorded in ``CleanText.dropped`` for a leading crawler date stamp (``date 2020-01-31``)."""

Role = Literal["end", "tail", "strong", "weak"]
Sep = Literal["space", "dehyphen", "glue", "newline", "paragraph"]


_ROLE_RANK: dict[str, int] = {"end": 0, "strong": 1, "tail": 2, "weak": 3}
_DATE_STAMP = re.compile(r"\s*(date (?:19|20)\d\d-[01]\d-[0-3]\d)(?:[ \t]+|(?=\n)|$)")
_FULL_STOP_END = re.compile(r"[.!][\"'”’»)\]]*$")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]*]*$|[\"”’]$")
_HAS_ALNUM = re.compile(r"[^\W_]")
_QUOTES = re.compile(r"[\"“”‘’'«»]")
_NUMBERED = re.compile(r"\d{1,2}[.)]\s+\S")
_LIST_START = re.compile(r"(?:\d{1,3}[.)]|\(?[a-zA-Z]\)|\(\d{1,3}\)|[•▪●◦·*–—-])\s+\S")
_BARE_MARKER = re.compile(r"(?:\d{1,3}[.)]|\(?[a-zA-Z]\)|[•▪●◦*–—-])")
_HYPHEN_END = re.compile(r"(?:^|[^\w-])([^\W\d_]*[a-z])-$")
_LOWER_START = re.compile(r"[a-z]")
# "TEHRAN, May 3", "TEHRAN, Ordibehesht 7, 1404": an all-caps place, a comma, then a day (not "WHO, Dr A")
_DATELINE_START = re.compile(r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}, (?:\d|[A-Z][a-z]+\.? \d)")
_WORD_START = re.compile(r"[^\W\d_]+")
_CONT_END = re.compile(r"(?:\s[-–—&]|,\s*&)$")
_COMPOUND_PREFIXES = frozenset(
    "self well non co ex anti pro post pre long short high low so all cross half full multi "
    "semi quasi vice mid far near open close".split()
)


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class Line:
    """One non-blank raw line, stripped of surrounding whitespace: ``raw[start:end] == text``."""

    start: int
    end: int
    text: str
    blank_before: bool  # a blank raw line separates it from the previous non-blank line


@dataclass(frozen=True)
class Cue:
    """One boilerplate cue pattern from ``data/boilerplate.yaml``."""

    kind: str
    role: Role
    regex: re.Pattern[str]
    max_len: int
    note: str

    def matches(self, text: str) -> bool:
        """True when the whole line matches the pattern and is not too long for it."""
        return len(text) <= self.max_len and self.regex.fullmatch(text) is not None


@lru_cache(maxsize=1)
def load_cues() -> tuple[Cue, ...]:
    """Load the boilerplate cue patterns shipped in ``data/boilerplate.yaml``."""
    source = resources.files("lettertrace").joinpath("data/boilerplate.yaml").read_text(encoding="utf-8")
    entries = yaml.safe_load(source)["patterns"]
    return tuple(_make_cue(e) for e in entries)


def _make_cue(entry: dict[str, object]) -> Cue:
    flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
    role = str(entry["role"])
    if role not in _ROLE_RANK:
        raise ValueError(f"boilerplate.yaml: unknown role {role!r}")
    return Cue(
        kind=str(entry["kind"]),
        role=role,  # type: ignore[arg-type]
        regex=re.compile(str(entry["pattern"]), flags),
        max_len=int(str(entry.get("max_len", 120))),
        note=str(entry.get("note", "")),
    )


def best_cue(text: str) -> Cue | None:
    """The strongest boilerplate cue matching a whole (stripped) line, if any."""
    found = [c for c in load_cues() if c.matches(text)]
    return min(found, key=lambda c: _ROLE_RANK[c.role]) if found else None


# ---------------------------------------------------------------- split


def split_lines(raw: str) -> tuple[list[Line], list[tuple[int, int, str]]]:
    """Split raw text into stripped non-blank lines; cut a leading crawler date stamp."""
    dropped: list[tuple[int, int, str]] = []
    pos = 0
    stamp = _DATE_STAMP.match(raw)
    if stamp:
        dropped.append((stamp.start(1), stamp.end(1), DATE_STAMP_REASON))
        pos = stamp.end()
    lines: list[Line] = []
    blank = False
    for start, end in _raw_line_bounds(raw, pos):
        chunk = raw[start:end]
        stripped = chunk.strip()
        if not stripped:
            blank = bool(lines)
            continue
        s = start + len(chunk) - len(chunk.lstrip())
        lines.append(Line(s, s + len(stripped), stripped, blank))
        blank = False
    return lines, dropped


def _raw_line_bounds(raw: str, pos: int) -> list[tuple[int, int]]:
    bounds = []
    while True:
        nl = raw.find("\n", pos)
        if nl < 0:
            bounds.append((pos, len(raw)))
            return bounds
        bounds.append((pos, nl))
        pos = nl + 1


# ---------------------------------------------------------------- boilerplate


def classify(lines: Sequence[Line]) -> list[str | None]:
    """Reason for dropping each line as page furniture, or None for content."""
    cues = [best_cue(line.text) for line in lines]
    reasons: list[str | None] = [c.kind if c and c.role in ("end", "strong") else None for c in cues]
    _extend_numbered_breadcrumbs(lines, reasons)
    _drop_tail(lines, cues, reasons)
    _drop_weak(lines, cues, reasons)
    _drop_debris(lines, reasons)
    return reasons


def _extend_numbered_breadcrumbs(lines: Sequence[Line], reasons: list[str | None]) -> None:
    for i, reason in enumerate(reasons):
        if reason != "breadcrumb" or not _NUMBERED.match(lines[i].text):
            continue
        j = i + 1
        while j < len(lines) and _is_breadcrumb_item(lines[j]):
            reasons[j] = "breadcrumb"
            j += 1


def _is_breadcrumb_item(line: Line) -> bool:
    text = line.text
    return (
        not line.blank_before and bool(_NUMBERED.match(text)) and len(text) <= 150 and not ends_sentence(text)
    )


def _drop_tail(lines: Sequence[Line], cues: Sequence[Cue | None], reasons: list[str | None]) -> None:
    """Drop an end-of-article marker and everything after it when nothing after it is prose."""
    prose = [i for i, line in enumerate(lines) if reasons[i] is None and is_prose(line.text)]
    ok_from = len(lines)  # lines[ok_from:] are all acceptable in a tail
    while ok_from > 0 and _tail_ok(lines[ok_from - 1], cues[ok_from - 1]):
        ok_from -= 1
    for k in range(max(ok_from, prose[0] + 1 if prose else len(lines)), len(lines)):
        cue = cues[k]
        if cue is None or cue.role not in ("end", "tail"):
            continue
        reasons[k] = cue.kind
        for j in range(k + 1, len(lines)):
            reasons[j] = reasons[j] or f"after {cue.kind}"
        return


def _tail_ok(line: Line, cue: Cue | None) -> bool:
    """True for a line that may stand in a page tail: furniture, a teaser headline or a cut-off excerpt."""
    text = line.text
    if cue is not None or ELLIPSIS_END.search(text):
        return True
    return len(text) < 80 or _FULL_STOP_END.search(text) is None


def _drop_weak(lines: Sequence[Line], cues: Sequence[Cue | None], reasons: list[str | None]) -> None:
    """Drop weak-cue lines that look like furniture and sit in the header, the tail or a furniture run."""
    prose = [i for i, line in enumerate(lines) if reasons[i] is None and is_prose(line.text)]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    changed = True
    while changed:
        changed = False
        for i, cue in enumerate(cues):
            if reasons[i] or cue is None or cue.role != "weak" or not _looks_furniture(lines[i].text):
                continue
            if i < first or i > last or _next_to_dropped(reasons, i):
                reasons[i] = cue.kind
                changed = True


def _looks_furniture(text: str) -> bool:
    return len(text) <= 60 and not ends_sentence(text)


def _next_to_dropped(reasons: Sequence[str | None], i: int) -> bool:
    return (i > 0 and reasons[i - 1] is not None) or (i + 1 < len(reasons) and reasons[i + 1] is not None)


def _drop_debris(lines: Sequence[Line], reasons: list[str | None]) -> None:
    """Drop lines without any letter or digit (stray separators) and exact repeats of the previous line."""
    previous = ""
    for i, line in enumerate(lines):
        if reasons[i]:
            continue
        if not _HAS_ALNUM.search(line.text) and not _QUOTES.search(line.text):
            reasons[i] = "stray punctuation"
        elif line.text == previous:
            reasons[i] = "repeated line"
        else:
            previous = line.text


# ---------------------------------------------------------------- reflow


@dataclass(frozen=True)
class _Wrap:
    """Document-level facts the reflow needs."""

    width: int | None  # typical line width when the document is hard-wrapped, else None
    raw: str


def _wrap_width(lines: Sequence[Line], breaks: Sequence[bool]) -> int | None:
    """Typical width of a hard-wrapped document, or None when its lines are not hard-wrapped."""
    pairs = [
        (lines[i], lines[i + 1]) for i in range(len(lines) - 1) if not breaks[i] and len(lines[i].text) >= 30
    ]
    mid = sum(1 for a, b in pairs if _mid_sentence(a.text, b.text))
    if mid < 3 or mid < 0.4 * len(pairs):
        return None
    widths = sorted(len(line.text) for line in lines if len(line.text) >= 30)
    return widths[int(0.9 * (len(widths) - 1))]


def _mid_sentence(prev: str, nxt: str) -> bool:
    if _TERMINAL.search(prev):
        return False
    return bool(_LOWER_START.match(nxt)) or ends_with_function_word(prev)


def _protected(text: str) -> bool:
    return is_salutation(text) or is_closing(text) or is_date_line(text) or is_routing(text)


def _hyphen_join(prev: str, nxt: str, raw: str) -> Sep | None:
    m = _HYPHEN_END.search(prev)
    cont = _WORD_START.match(nxt)
    if m and cont and m.group(1)[:1].isupper() and nxt[:1].isupper() and len(m.group(1)) >= 2:
        return "glue"  # "Secretary-" + "General", "Bosnia-" + "Herzegovina": a compound of capitalised words
    if not m or not cont or not _LOWER_START.match(nxt) or len(m.group(1)) < 2:
        return None
    head, rest = m.group(1), cont.group(0)
    if head.lower() in _COMPOUND_PREFIXES or f"{head}-{rest}" in raw:
        return "glue"
    return "dehyphen"


def separator(prev: str, nxt: str, wrap: _Wrap) -> Sep:
    """How two neighbouring lines of one block join: a hard wrap, hyphenation, or a real line break."""
    hyphen = _hyphen_join(prev, nxt, wrap.raw)
    if hyphen:
        return hyphen
    if nxt.startswith("/") and prev[-1:].isdigit():
        return "glue"
    if _LIST_START.match(nxt) or _BARE_MARKER.fullmatch(nxt):
        return "newline"
    if _BARE_MARKER.fullmatch(prev):
        return "space"
    if _LOWER_START.match(nxt) and is_salutation(prev) and not prev.rstrip().endswith((",", ":", ";", "!")):
        return "space"  # "His Highness the Prime Minister Sheikh A B / also sent a cable": a sentence
    if _protected(prev) or is_labelled_date_line(nxt):
        return "newline"
    if not _TERMINAL.search(prev) and (ends_with_function_word(prev) or _CONT_END.search(prev)):
        return "space"
    if _protected(nxt) or is_signature(nxt) or signs_for(prev, nxt):
        return "newline"
    if _LOWER_START.match(nxt) and not prev.endswith(":"):
        return "space"
    if _DATELINE_START.match(nxt):
        return (
            "newline"  # "TEHRAN, Ordibehesht 7, 1404 (...) (Agency) - The Leader": a dateline opens its line
        )
    if wrap.width and len(prev) >= 0.8 * wrap.width:
        return "space"
    return "newline"


def paragraph_separator(prev: str, nxt: str) -> Sep:
    """Whether a blank line is a real paragraph break or a wire-feed break inside a sentence."""
    if _TERMINAL.search(prev) or _protected(prev) or _protected(nxt) or _LIST_START.match(nxt):
        return "paragraph"
    if _LOWER_START.match(nxt) or (ends_with_function_word(prev) and _WORD_START.match(nxt)):
        return "space"
    return "paragraph"


def reflow(lines: Sequence[Line], breaks: Sequence[bool], raw: str) -> list[Sep]:
    """Separator after each kept line but the last; ``breaks[i]`` marks a blank line or dropped furniture."""
    wrap = _Wrap(_wrap_width(lines, breaks), raw)
    seps: list[Sep] = []
    for i in range(len(lines) - 1):
        a, b = lines[i].text, lines[i + 1].text
        if not breaks[i]:
            seps.append(separator(a, b, wrap))
        elif lines[i + 1].blank_before and raw[lines[i].end : lines[i + 1].start].strip() == "":
            seps.append(paragraph_separator(a, b))
        else:
            seps.append("paragraph")
    return seps


# ---------------------------------------------------------------- assemble


def _assemble(raw: str, lines: Sequence[Line], seps: Sequence[Sep]) -> tuple[str, Offsets]:
    parts: list[str] = []
    offsets = OffsetsBuilder()  # runs: a list of Python ints took 36 bytes a character
    for i, line in enumerate(lines):
        sep = seps[i] if i < len(seps) else None
        end = line.end - 1 if sep == "dehyphen" else line.end
        parts.append(raw[line.start : end])
        offsets.run(line.start, end - line.start)
        if sep in ("space", "newline"):
            parts.append(" " if sep == "space" else "\n")
            offsets.add(line.end)
        elif sep == "paragraph":
            gap = [line.end, lines[i + 1].start - 1]
            gap = gap if gap[0] < gap[1] else gap[:1]
            parts.append("\n" * len(gap))
            for g in gap:
                offsets.add(g)
    last = offsets.last()
    offsets.add(last + 1 if last is not None else 0)
    return "".join(parts), offsets.build()


def clean(raw: RawReport, options: Options) -> CleanText:
    """Drop web boilerplate lines, reflow hard-wrapped text, keep a clean->raw offset map."""
    text = raw.raw_text
    lines, dropped = split_lines(text)
    reasons = classify(lines)
    kept: list[Line] = []
    breaks: list[bool] = []
    gap = False
    for line, reason in zip(lines, reasons, strict=True):
        if reason:
            dropped.append((line.start, line.end, reason))
            gap = True
            continue
        if kept:
            breaks.append(gap or line.blank_before)
        kept.append(line)
        gap = False
    clean_text, offsets = _assemble(text, kept, reflow(kept, breaks, text))
    return CleanText(clean_text, offsets, tuple(sorted(dropped)))


# ---------------------------------------------------------------- invariant


def offset_errors(raw_text: str, ct: CleanText) -> list[str]:
    """Every way ``ct`` breaks the clean->raw offset contract (empty when it holds)."""
    text, offs = ct.text, ct.offsets
    if len(offs) != len(text) + 1:
        return [f"len(offsets)={len(offs)} but len(text)+1={len(text) + 1}"]
    errors: list[str] = []
    for i, ch in enumerate(text):
        o = offs[i]
        if not 0 <= o < len(raw_text):
            errors.append(f"clean[{i}] maps outside the raw text ({o})")
        elif i and o <= offs[i - 1]:
            errors.append(f"clean[{i}] maps to {o}, not after clean[{i - 1}] ({offs[i - 1]})")
        elif raw_text[o] != ch and not (ch in " \n" and raw_text[o].isspace()):
            errors.append(f"clean[{i}]={ch!r} but raw[{o}]={raw_text[o]!r}")
    if text and offs[-1] != offs[-2] + 1:
        errors.append(f"last offset {offs[-1]} is not just after the last kept char ({offs[-2]})")
    for start, end, reason in ct.dropped:
        if not 0 <= start < end <= len(raw_text) or not reason:
            errors.append(f"bad dropped span {(start, end, reason)}")
    return errors[:20]


def assert_offsets(raw_text: str, ct: CleanText) -> None:
    """Raise AssertionError when ``ct`` breaks the clean->raw offset contract."""
    errors = offset_errors(raw_text, ct)
    if errors:
        raise AssertionError("offset invariant broken:\n" + "\n".join(errors))
