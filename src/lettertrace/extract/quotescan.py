"""Find quotation-marked spans in a report's clean text, without a parser.

The scanner walks the text once. Every quotation-mark character is classified by its
neighbours ("flanking"): a mark after a space and before a word can open, a mark after a word
and before a space or punctuation can close, a mark between two non-spaces may do either.
Marks are then paired with a small stack:

* Families pair with themselves only: double (``"`` “ ” ``''`` „), single (``'`` ‘ ’),
  guillemets (« » and » «, pairing with the mirror glyph) and single guillemets (‹ ›).
  Curly and straight marks of one family mix freely, and a curly glyph's direction only
  breaks ties: ``”this is it,”`` reads as a quote.
* A family holds at most one open quote: a new opener of the same family means the earlier
  one never closed, and it is dropped. Marks of other families nest (depth 1, 2, ...).
* A closer closes the open quote of its family; quotes opened inside it and still open are
  dropped. A closer with nothing to close (a stray ``”`` after a signature) is ignored.
* Apostrophes are not marks: ``’`` or ``'`` between two letters (don't, O’Neill), elisions
  (’90s, rock ’n’ roll, ’em), and a possessive after a plural ``s`` (students' union) unless a
  single quote opened in the same line is open and no other closer follows in that line.
* Feet and inch marks after a bare number (5'11", 12" pipe) are not marks.
* A quote may run on over line breaks and paragraphs. If the next paragraph re-opens with the
  same family (newspaper convention), the open quote ends at its paragraph end and each
  paragraph piece is a span of its own. A quote left open for more than
  :data:`MAX_QUOTE_PARAGRAPHS` paragraphs or :data:`MAX_QUOTE_CHARS` characters is dropped;
  a single-mark quote crosses a paragraph end only if it opened a paragraph or followed a colon.

Spans that are empty, white space or punctuation only are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc

Mark = Literal["double", "single", "guillemet", "low9"]

MAX_QUOTE_CHARS = 6000
MAX_QUOTE_PARAGRAPHS = 12

_OPEN = 1
_CLOSE = 2
_BOTH = _OPEN | _CLOSE

_DOUBLE_GLYPHS = frozenset({'"', "“", "”", "„", "''", "``"})
_MIRROR = {"«": "»", "»": "«", "‹": "›", "›": "‹"}
_QUOTE_CHARS = "\"'“”„‘’‚«»‹›`"
_OPENING_PUNCT = frozenset("([{<—–-‐‑‒―/•*_~=|" + _QUOTE_CHARS)
_CLOSING_PUNCT = frozenset(".,;:!?)]}>…")
_AFTER_CLOSER = frozenset(",;:!?)]}")
_SPACED_ROLE = {"“": _OPEN, "‘": _OPEN, "”": _CLOSE, "’": _CLOSE}
_SENTENCE_END = frozenset(".!?:;)]…" + _QUOTE_CHARS)

_EVENT_RE = re.compile(r"``|''|[\"'“”„‘’‚«»‹›]|\n\s*")
_WORD_RE = re.compile(r"[^\W_]")
_ELISION_RE = re.compile(r"(?:n['’](?!\w)|em|til|tis|twas|cause|bout|\d0s|\d\ds)(?!\w)", re.IGNORECASE)
_CURLY_YEAR_RE = re.compile(r"\d\d(?!\w)")
_FEET_INCHES_RE = re.compile(r"\d['’′]\d{1,2}$")
_BARE_NUMBER_RE = re.compile(r"(?:^|[^\w.,'’-])\d+(?:\.\d+)?$")
_MEASURE_AFTER_RE = re.compile(r"-|[ \t]?[a-z0-9]")


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: ``text[start:end]`` is the quoted words, without the marks.

    ``open_at`` and ``close_at`` are the offsets of the marks. A paragraph piece of a quote that
    re-opens in the next paragraph has no closing mark: its ``close_at`` is the offset of the
    line break that ends the paragraph.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    mark: Mark
    depth: int


@dataclass(slots=True)
class _Token:
    pos: int
    glyph: str
    family: str
    role: int
    weak: bool = False
    strong_close_ahead: bool = False

    @property
    def size(self) -> int:
        return len(self.glyph)


@dataclass(frozen=True, slots=True)
class _Break:
    pos: int
    end: int
    paragraph: bool


@dataclass(slots=True)
class _Open:
    tok: _Token
    block: bool  # opened at a paragraph start or after a colon: may run on over paragraphs
    paragraphs: int = 0
    lines: int = 0


_Event = _Token | _Break


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation-marked span, top-level and nested, sorted by start."""
    events = _events(text)
    _mark_closers_ahead(events)
    scanner = _Scanner(text)
    for i, event in enumerate(events):
        if isinstance(event, _Break):
            scanner.on_break(event, events[i + 1] if i + 1 < len(events) else None)
        else:
            scanner.on_mark(event)
    return _with_depths(scanner.spans)


# ---------------------------------------------------------------- classify


def _events(text: str) -> list[_Event]:
    """The marks and line breaks of ``text``, in order; marks that cannot quote are left out."""
    events: list[_Event] = []
    padded = f" {text} "  # padded[pos] is the character before text[pos]
    for m in _EVENT_RE.finditer(text):
        glyph, pos, end = m.group(), m.start(), m.end()
        if glyph[0] == "\n":
            events.append(_Break(pos, end, _is_paragraph_end(text, pos, glyph)))
            continue
        prev, nxt = padded[pos], padded[end + 1]
        if prev.isalpha() and nxt.isalpha() and glyph in "'’":
            continue  # the common apostrophe, decided early for speed
        token = _classify(text, pos, glyph, prev, nxt)
        if token.role:
            events.append(token)
    return events


def _is_paragraph_end(text: str, pos: int, run: str) -> bool:
    """Whether a line break ends a paragraph (a blank line, or a line ending a sentence)."""
    if run.count("\n") > 1:
        return True
    head = text[max(0, pos - 40) : pos].rstrip()
    return not head or head[-1] in _SENTENCE_END


def _classify(text: str, pos: int, glyph: str, prev: str, nxt: str) -> _Token:
    """The token for the mark ``glyph`` at ``pos`` between ``prev`` and ``nxt``."""
    if glyph in _MIRROR:
        family = "angle" if glyph in "«»" else "angle1"
        return _Token(pos, glyph, family, _guillemet_role(glyph, prev, nxt))
    if glyph in _DOUBLE_GLYPHS:
        return _Token(pos, glyph, "double", _double_role(text, pos, glyph, prev, nxt))
    role = _single_role(text, pos, glyph, prev, nxt)
    weak = role == _CLOSE and prev in "sS" and pos > 1 and text[pos - 2].isalpha() and nxt.isspace()
    return _Token(pos, glyph, "single", role, weak=weak)


def _guillemet_role(glyph: str, prev: str, nxt: str) -> int:
    """« opens (French) or closes after a word (German); » closes, or opens before a word."""
    if glyph in "«‹":
        return _OPEN | (0 if prev.isspace() else _CLOSE)
    return _CLOSE | (0 if nxt.isspace() else _OPEN)


def _flanking(glyph: str, prev: str, nxt: str) -> int:
    """What a mark between ``prev`` and ``nxt`` can do, judged by spacing and punctuation."""
    if prev.isspace():
        if nxt.isspace():
            return _SPACED_ROLE.get(glyph, 0)
        return _CLOSE if nxt in _AFTER_CLOSER else _OPEN
    if nxt.isspace():
        return _CLOSE
    if nxt in _CLOSING_PUNCT and not (prev in "([{<" and nxt in ".…"):
        return _CLOSE  # ’”. and —”, close; only (“... may open before punctuation
    if prev in _OPENING_PUNCT:
        return _OPEN
    return _BOTH


def _double_role(text: str, pos: int, glyph: str, prev: str, nxt: str) -> int:
    """Role of a double mark; „ and `` only open; inch marks after digits do nothing."""
    if glyph in ("„", "``"):
        return 0 if nxt.isspace() else _OPEN
    if glyph == '"' and prev.isdigit() and _is_measure(text, pos, glyph):
        return 0
    return _flanking(glyph, prev, nxt)


def _single_role(text: str, pos: int, glyph: str, prev: str, nxt: str) -> int:
    """Role of a single mark: apostrophes, elisions and feet marks do nothing."""
    if prev.isalnum() and nxt.isalnum():
        return 0
    if prev.isdigit() and glyph == "'" and _is_measure(text, pos, glyph):
        return 0
    if prev in "nN" and pos > 1 and text[pos - 2] in "'’‘":
        return 0  # the second mark of rock ’n’ roll
    role = _flanking(glyph, prev, nxt)
    if role & _OPEN and not _can_open_single(text, pos + 1, glyph, nxt):
        role &= ~_OPEN
    return role


def _can_open_single(text: str, after: int, glyph: str, nxt: str) -> bool:
    """Whether a single mark followed by ``text[after:]`` starts a quote, not an elision."""
    if not (nxt.isalnum() or nxt in "[(…$£€#"):
        return False
    if _ELISION_RE.match(text, after):
        return False
    return not (glyph == "’" and _CURLY_YEAR_RE.match(text, after))


def _is_measure(text: str, pos: int, glyph: str) -> bool:
    """Whether a straight mark right after a digit is a feet/inch mark (5'11", 12" pipe)."""
    if glyph == '"' and _FEET_INCHES_RE.search(text, max(0, pos - 6), pos):
        return True
    if not _BARE_NUMBER_RE.search(text[max(0, pos - 12) : pos]):
        return False  # G7' or F-16" ends a name, not a number
    return bool(_MEASURE_AFTER_RE.match(text, pos + 1))


def _mark_closers_ahead(events: list[_Event]) -> None:
    """Note on each single mark whether a strong single closer follows it in its line."""
    ahead = False
    for event in reversed(events):
        if isinstance(event, _Break):
            ahead = False
        elif event.family == "single":
            event.strong_close_ahead = ahead
            if event.role & _CLOSE and not event.weak:
                ahead = True
            elif event.role == _OPEN:
                ahead = False


# ---------------------------------------------------------------- pair


class _Scanner:
    """Pairs marks with a stack of open quotes and collects the spans found."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Open] = []
        self.spans: list[tuple[int, int, int, int, Mark]] = []

    def on_mark(self, tok: _Token) -> None:
        """Close an open quote with ``tok``, or open one."""
        self._expire(tok.pos)
        if tok.role & _CLOSE:
            index = self._closable(tok)
            if index is not None:
                opened = self.stack[index]
                del self.stack[index:]
                self._emit(opened.tok, tok.pos)
                return
        if tok.role & _OPEN:
            self._open(tok)

    def on_break(self, brk: _Break, following: _Event | None) -> None:
        """End a quote whose next paragraph re-opens; count the break for the others."""
        if isinstance(following, _Token) and following.pos == brk.end and following.role & _OPEN:
            index = self._same_family(following)
            if index is not None:
                opened = self.stack[index]
                del self.stack[index:]
                self._emit(opened.tok, brk.pos)
        for opened in self.stack:
            opened.lines += 1
            opened.paragraphs += brk.paragraph
        if brk.paragraph:
            self.stack = [o for o in self.stack if o.block or o.tok.family != "single"]
        self._expire(brk.pos)

    def _open(self, tok: _Token) -> None:
        index = self._same_family(tok)
        if index is not None:
            del self.stack[index]
        self.stack.append(_Open(tok, _opens_block(self.text, tok.pos)))

    def _same_family(self, tok: _Token) -> int | None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].tok.family == tok.family:
                return index
        return None

    def _closable(self, tok: _Token) -> int | None:
        """Index of the open quote ``tok`` closes, if any."""
        index = self._same_family(tok)
        if index is None:
            return None
        opened = self.stack[index]
        if opened.tok.glyph in _MIRROR and _MIRROR[opened.tok.glyph] != tok.glyph:
            return None
        if tok.weak and (index != len(self.stack) - 1 or opened.lines or tok.strong_close_ahead):
            return None
        return index

    def _expire(self, pos: int) -> None:
        """Drop open quotes that have run on for too long to be one quote."""
        while self.stack and (
            pos - self.stack[0].tok.pos > MAX_QUOTE_CHARS or self.stack[0].paragraphs > MAX_QUOTE_PARAGRAPHS
        ):
            del self.stack[0]

    def _emit(self, opener: _Token, close_at: int) -> None:
        start, end = opener.pos + opener.size, close_at
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if _WORD_RE.search(self.text, start, end):
            self.spans.append((start, end, opener.pos, close_at, _mark_of(opener)))


def _opens_block(text: str, pos: int) -> bool:
    """Whether a mark at ``pos`` starts a paragraph or follows a colon (a quoted letter or speech)."""
    head = text[max(0, pos - 40) : pos].rstrip(" \t")
    return not head or head[-1] in "\n:"


def _mark_of(opener: _Token) -> Mark:
    if opener.glyph in "„‚":
        return "low9"
    if opener.glyph in _MIRROR:
        return "guillemet"
    return "single" if opener.family == "single" else "double"


def _with_depths(raw: list[tuple[int, int, int, int, Mark]]) -> list[QuoteSpan]:
    """The spans, sorted by start, each with the number of spans enclosing it as its depth."""
    result: list[QuoteSpan] = []
    enclosing: list[int] = []  # close_at of the spans that enclose the current one
    for start, end, open_at, close_at, mark in sorted(raw, key=lambda s: (s[2], -s[3])):
        while enclosing and enclosing[-1] < close_at:
            enclosing.pop()
        result.append(QuoteSpan(start, end, open_at, close_at, mark, len(enclosing)))
        enclosing.append(close_at)
    result.sort(key=lambda s: (s.start, s.depth))
    return result


def quote_spans(doc: Doc) -> list[QuoteSpan]:
    """The report's quotes, found once per parsed report and kept in its ``user_data``."""
    cache = doc.user_data.setdefault("lettertrace_quotes", {})
    if "spans" not in cache:
        cache["spans"] = find_quotes(doc.text)
    spans: list[QuoteSpan] = cache["spans"]
    return spans
