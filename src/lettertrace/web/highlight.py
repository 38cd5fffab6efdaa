"""Highlighting spans of untrusted report text: every piece escaped, then wrapped in ``<mark>``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup, escape

CONTEXT_CHARS = 160  # characters of report text shown either side of an evidence span in excerpts


def _clip(spans: Iterable[Mapping[str, Any]], lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """Spans cut to ``lo``..``hi`` (empty ones dropped), as (start, end, css class, anchor id or "")."""
    out = []
    for s in spans:
        a, b = max(lo, int(s["start"])), min(hi, int(s["end"]))
        if a < b:
            out.append((a, b, str(s.get("kind", "evidence")), str(s.get("id") or "")))
    return out


def highlight(
    text: str, spans: Iterable[Mapping[str, Any]], lo: int = 0, hi: int | None = None, anchors: bool = False
) -> Markup:
    """``text[lo:hi]`` escaped, spans inside ``<mark class="KIND">`` (bare whitespace left unmarked).

    With ``anchors``, the first mark of a span that has an ``id`` carries that id, so that a link to
    ``#ID`` lands on it (give ids in one rendering of a text per page only: ids must be unique).
    """
    hi = len(text) if hi is None else min(hi, len(text))
    clipped = _clip(spans, lo, hi)
    cuts = sorted({lo, hi, *(a for a, _, _, _ in clipped), *(b for _, b, _, _ in clipped)})
    parts, placed = [], set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        inside = [(k, i) for s, e, k, i in clipped if s <= a and b <= e]
        piece = escape(text[a:b])
        if not inside or piece.isspace():  # a marked blank line renders as a stray sliver
            parts.append(piece)
            continue
        kinds = " ".join(sorted({k for k, _ in inside}))
        ids = [i for _, i in inside if anchors and i and i not in placed]
        placed.update(ids)
        parts.append(_mark(kinds, ids, piece))
    return Markup("").join(parts)


def _mark(kinds: str, ids: list[str], piece: Markup) -> Markup:
    """One ``<mark>``; where several spans start here, the extra ids go on empty anchors before it."""
    extra = Markup("").join(Markup('<a class="anchor" id="{}"></a>').format(i) for i in ids[1:])
    if ids:
        return extra + Markup('<mark class="{}" id="{}">{}</mark>').format(kinds, ids[0], piece)
    return Markup('<mark class="{}">{}</mark>').format(kinds, piece)


def windows(
    text: str, spans: Iterable[Mapping[str, Any]], context: int = CONTEXT_CHARS
) -> list[dict[str, int]]:
    """Excerpt windows around the spans (merged where they overlap, cut at spaces)."""
    ivs = sorted((max(0, int(s["start"]) - context), min(len(text), int(s["end"]) + context)) for s in spans)
    merged: list[list[int]] = []
    for a, b in ivs:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [{"start": _snap_start(text, a), "end": _snap_end(text, b)} for a, b in merged]


def _snap_start(text: str, a: int) -> int:
    """Move a window start forward to just after a space (unless it is the text's start)."""
    if a == 0:
        return 0
    sp = text.find(" ", a, a + 30)
    return a if sp < 0 else sp + 1


def _snap_end(text: str, b: int) -> int:
    """Move a window end back to a space (unless it is the text's end)."""
    if b >= len(text):
        return len(text)
    sp = text.rfind(" ", max(0, b - 30), b)
    return b if sp < 0 else sp
