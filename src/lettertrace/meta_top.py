"""Publication dates in the first lines of a page that the header rules leave: a byline that carries the
date ("By Ana Berg | Aug. 30, 2022 at 5:15 p.m."), a date alone on its line right under a byline or a
standfirst ("By Ana Berg" / "8 April 2021"), and a clock time before the date ("5:41 pm on 10 April
2024", read as a stamp although "on" stands before the date).

A date alone on its line is a reproduced letter's own date when a salutation follows it or the line
before introduces a text ("The letter reads:"); that one is no publication date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, Protocol, TypeVar

from lettertrace.clean_lines import is_prose, is_salutation
from lettertrace.meta_dates import (
    _CLOCK,
    DATE_LABELS,
    UPDATED,
    DateHit,
    DateMatch,
    find_dates,
    is_date_line,
    without_other_calendar,
)

BYLINE = re.compile(r"^\s*(?:By|BY|Written by)\s+[A-Z]")
# what stands between a byline's name and its date: a separator, perhaps a label ("| Updated:")
_BYLINE_FIELD = re.compile(r"[|•·,–—-]\s*(?:(?:published|updated|posted)\s*:?\s*)?$", re.I)
_CLOCK_ON = re.compile(rf"^\s*{_CLOCK}(?:\s*[A-Z]{{2,4}})?,?\s+on\s+$", re.I)
MAX_LINE = 120


class _Line(Protocol):
    @property
    def text(self) -> str: ...


L = TypeVar("L", bound=_Line)


def letters_date_line(before: str, after: str) -> bool:
    """A date alone on its line between ``before`` and ``after`` heads a reproduced letter: a salutation
    follows it, or the line before introduces a text ("It reads:")."""
    return is_salutation(after) or before.rstrip().endswith(":")


def clock_on(prefix: str) -> bool:
    """'5:41 pm on ' before a date: a stamp's time of day, not a date inside a sentence."""
    return bool(_CLOCK_ON.match(prefix))


def top_line_dates(
    lines: Sequence[L],
) -> list[tuple[L, DateMatch, Literal["article", "site"]]]:
    """(line, date, kind) for each byline date and each lone date line under a byline or a standfirst
    among ``lines`` (the page's kept lines down to its opening paragraphs, in order)."""
    out: list[tuple[L, DateMatch, Literal["article", "site"]]] = []
    for i, line in enumerate(lines):
        text = line.text
        if len(text) > MAX_LINE:
            continue
        dates = find_dates(text)
        if not dates:
            continue
        m = dates[0]
        prefix = text[: m.start]
        kind: Literal["article", "site"] = "site" if UPDATED.search(prefix) else "article"
        if BYLINE.match(text) and _BYLINE_FIELD.search(prefix):
            out.append((line, m, kind))
            continue
        if not is_date_line(text) or i == 0:
            continue
        before, after = lines[i - 1].text, lines[i + 1].text if i + 1 < len(lines) else ""
        if letters_date_line(before, after):
            continue
        if BYLINE.match(before) or is_prose(before):
            out.append((line, m, kind))
    return out


_WORDS = re.compile(r"[\w'’]+")
_PREPOSITIONS = frozenset(
    "on in of since until till from by at to before after between and or than as through".split()
)


def after_preposition(prefix: str) -> bool:
    """A date told in a sentence: the words before it end in a preposition ("talks on", "since"), not a
    date's label ("Published on")."""
    words = [w.lower() for w in _WORDS.findall(without_other_calendar(prefix))[-2:]]
    if not words or words[-1] not in _PREPOSITIONS:
        return False
    return not (len(words) == 2 and words[0] in DATE_LABELS)


# A record's heading tells when what it records took place: "debated on", "held on", "delivered on".
_RECORDED = re.compile(r"\b(?:[A-Za-z]+ed|held|given|made|heard|sat)\s+(?:on|of)\s*$")


def record_hits(header: Sequence[_Line]) -> list[DateHit]:
    """Dates of a record's heading line below the title ("Volume 747: debated on Wednesday 13 March 2024"):
    a past participle, 'on' and a date whose weekday agrees. Asked only when nothing else dates the page."""
    hits = []
    for line in header[1:]:
        for m in find_dates(line.text) if len(line.text) <= 120 else []:
            if m.weekday_ok and _RECORDED.search(line.text[: m.start]):
                span = getattr(line, "clean_start", None)
                hits.append(
                    DateHit(m.date, "article", True, None if span is None else (span + m.start, span + m.end))
                )
    return hits
