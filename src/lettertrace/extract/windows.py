"""Long reports read in windows: memory and time that do not grow with a report's length.

spaCy's parse of a whole report held every token's vectors at once (1 MB of text took 3.7 GB),
and every step after it works on one parsed document. A report longer than
:data:`WINDOW_CHARS` is cut, between paragraphs where it can be, into windows of at most that
length; each window is extracted as a report of its own and the facts are put back together, every
span moved by the window's start so that it points into the report's clean text. Reports up to
:data:`WINDOW_CHARS` (every annotated report: the longest is 8,335 characters) are one window.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ..models import Extraction, PartyMention, ReportMeta, Span

# The longest text read as one window (about 40 pages of news prose; spaCy's own default limit
# is 1,000,000 characters).
WINDOW_CHARS = 100_000
# Where a window may end, best first: a paragraph break, a line break, a sentence end, a space.
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?]\s"), re.compile(r"\s"))


def windows(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """The ``(start, end)`` windows ``text`` is read in: one when it is no longer than ``size``
    (:data:`WINDOW_CHARS`); else each ends at the last paragraph break in its second half (or line
    break, sentence end, space, and failing all of these at ``size`` characters)."""
    size = size or WINDOW_CHARS
    out, start = [], 0
    while len(text) - start > size:
        end = _break_before(text, start + size // 2, start + size)
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def _break_before(text: str, lo: int, hi: int) -> int:
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(text, lo, hi)]
        if ends:
            return ends[-1]
    return hi


def window_meta(meta: ReportMeta, start: int, end: int) -> ReportMeta:
    """The report's metadata as a window sees it: its spans moved to the window, or dropped when
    they lie outside it (the headline belongs to the first window only)."""

    def inside(span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None or not (start <= span[0] and span[1] <= end):
            return None
        return span[0] - start, span[1] - start

    return dataclasses.replace(
        meta, title_span=inside(meta.title_span), published_span=inside(meta.published_span)
    )


class Joined:
    """The facts of a report's windows put together as each window is done, moved into the report's
    clean text and renumbered (so a window's own facts are dropped as soon as it is added)."""

    def __init__(self) -> None:
        self.comms: list[Any] = []
        self.quotes: list[Any] = []
        self.paras: list[Any] = []
        self.demands: list[Any] = []
        self.flags: list[Any] = []
        self.parties: dict[tuple[str, str], PartyMention] = {}

    def add(self, start: int, ext: Extraction) -> None:
        """Add the facts of the window that starts at character ``start``."""
        base = len(self.comms)
        self.comms += [_renumber(_shift(c, start), "in_reply_to", base) for c in ext.communications]
        self.quotes += [_renumber(_shift(q, start), "communication", base) for q in ext.quotes]
        self.paras += [_renumber(_shift(p, start), "communication", base) for p in ext.paraphrases]
        self.demands += [_renumber(_shift(d, start), "communication", base) for d in ext.demands]
        self.flags += [_shift(f, start) for f in ext.flags]
        for p in ext.parties:
            _add_party(self.parties, _shift(p, start))

    def extraction(self) -> Extraction:
        """The report's facts."""
        return Extraction(
            communications=tuple(self.comms),
            quotes=tuple(self.quotes),
            paraphrases=tuple(self.paras),
            demands=tuple(self.demands),
            flags=tuple(self.flags),
            parties=tuple(self.parties.values()),
        )


def _add_party(parties: dict[tuple[str, str], PartyMention], p: PartyMention) -> None:
    """A party named in several windows is one party, with the aliases of all."""
    key = (p.name, p.ptype)
    known = parties.get(key)
    if known is None:
        parties[key] = p
    else:
        aliases = tuple(dict.fromkeys(known.aliases + p.aliases))
        parties[key] = dataclasses.replace(known, aliases=aliases)


def _shift(obj: Any, by: int) -> Any:
    """``obj`` with every :class:`~lettertrace.models.Span` inside it moved ``by`` characters."""
    if by == 0:
        return obj
    if isinstance(obj, Span):
        return Span(obj.start + by, obj.end + by)
    if isinstance(obj, tuple):
        return tuple(_shift(x, by) for x in obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.replace(
            obj, **{f.name: _shift(getattr(obj, f.name), by) for f in dataclasses.fields(obj)}
        )
    return obj


def _renumber(obj: Any, field: str, base: int) -> Any:
    """``obj`` with its index into the window's communications turned into one into the report's."""
    n = getattr(obj, field)
    return obj if n is None or base == 0 else dataclasses.replace(obj, **{field: n + base})
