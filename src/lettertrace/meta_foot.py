"""A publication stamp at the foot of a page: wire copy, printed pages and archived copies often carry
the date only below the text ("Published: 18.11.2021, 14:05", "Filed 18/06/2021 16:30 GMT",
"2023-06-12 17:48 KST" alone on the last line, "Agency Wire | 03.03.2025 | 18:12").

Only short lines after the page's last prose paragraph are read, and a date there counts only in a
stamp's form: labelled as the page's publication ("Published", "Posted", "Filed", "First published",
"Issued", "Date"; "Updated" and "Modified" name the site's last change) or alone on its line (or in its own
field of a stamp line) beside a time of day. A date line without either may close a reproduced letter ("Geneva, 5 December 1971"), and a date
inside a sentence is never a stamp. ``meta`` asks the foot only when the top of the page tells no date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal, Protocol, TypeVar

from lettertrace.clean_lines import is_prose
from lettertrace.meta_dates import (
    _CLOCK,
    DateMatch,
    find_dates,
    foreign_label,
    is_date_line,
    opens_field,
    time_next_to,
)

MAX_LINE = 120
MAX_FOOT_LINES = 8
_LABEL = re.compile(
    r"(?:^|[|•·,–—-]\s*)(?:first\s+|originally\s+|last\s+)?(?P<label>published|posted|filed|issued|released|date|"
    r"updated|modified)(?:\s+(?:on|at))?\s*:?\s*$",
    re.I,
)
_SITE_LABELS = frozenset({"updated", "modified"})
_TIME = re.compile(rf"\b{_CLOCK}(?:\s*[A-Z]{{2,4}}\b)?", re.I)  # a clock time and its zone


class _Line(Protocol):
    @property
    def text(self) -> str: ...


L = TypeVar("L", bound=_Line)


def foot_lines(lines: Sequence[L]) -> list[L]:
    """The short lines after the last prose paragraph of ``lines`` (the page in order), at most
    ``MAX_FOOT_LINES`` of them counted from the end. A line the cleaner dropped as furniture (a
    copyright notice) and a labelled stamp ("Posted April 9, 2025 | Updated ...") are no paragraph."""
    last = max((i for i, line in enumerate(lines) if _paragraph(line)), default=-1)
    return [line for line in lines[last + 1 :] if len(line.text) <= MAX_LINE][-MAX_FOOT_LINES:]


def _paragraph(line: _Line) -> bool:
    if getattr(line, "reason", None) or not is_prose(line.text):
        return False
    dates = find_dates(line.text[:MAX_LINE])
    return not (dates and _LABEL.search(line.text[: dates[0].start]))


def foot_dates(
    lines: Sequence[L], names: Iterable[str | None] = ()
) -> list[tuple[L, DateMatch, Literal["article", "site"]]]:
    """(line, date, kind) for each publication stamp among the foot lines of ``lines``; ``names`` are the
    outlet's names (its credit in the dateline), which may stand beside the date ("ABC - 2 July 2025")."""
    outlets = [_words(name) for name in names if name]
    out: list[tuple[L, DateMatch, Literal["article", "site"]]] = []
    for line in foot_lines(lines):
        for m in find_dates(line.text):
            prefix = line.text[: m.start]
            label = _LABEL.search(prefix)
            if label is not None:
                kind: Literal["article", "site"] = (
                    "site" if label["label"].lower() in _SITE_LABELS else "article"
                )
                out.append((line, m, kind))
            elif time_next_to(line.text, m) and (
                not prefix.strip()
                and is_date_line(line.text)
                or opens_field(prefix)
                and not foreign_label(prefix)
            ):
                out.append((line, m, "article"))  # "2025-02-07 21:14", "Agency Wire | 03.03.2025 | 18:12"
            elif m.weekday_ok and not prefix.strip() and is_date_line(line.text):
                out.append((line, m, "article"))  # "Wednesday, January 22, 2025" alone: the weekday agrees
            elif not prefix.strip() and is_date_line(line.text) and _released(lines):
                out.append((line, m, "article"))  # a press release signed and dated at its foot
            elif _named(_TIME.sub(" ", prefix + " " + line.text[m.end :]), outlets):
                out.append((line, m, "article"))  # "ABC - 2 July 2025", "12/05/2025 11:05 - ABC"
    return out


_RELEASE = re.compile(r"^\W*(?:press|media|news)\s+(?:release|statement)\W*$", re.I)


def _released(lines: Sequence[_Line]) -> bool:
    """The page labels itself a press release near its top ("PRESS RELEASE", "Media statement"): the date
    under its closing signature is its own, not a reproduced letter's."""
    return any(_RELEASE.match(line.text) for line in lines[:12])


def _words(name: str) -> list[str]:
    return re.findall(r"[^\W_]+", name.lower())


def _named(rest: str, outlets: Sequence[list[str]]) -> bool:
    """True when ``rest`` (a stamp line less its date and time) is one of the outlet's names or a run
    of its words ("Example Press" of "EXAMPLE PRESS | Politics"; one word only if it opens the name)."""
    words = _words(rest)
    if not words or len(words) > 4:
        return False
    n = len(words)
    return any(
        words == name[i : i + n] and (n > 1 or i == 0) for name in outlets for i in range(len(name) - n + 1)
    )


_FIELD_SEP = re.compile(r"\s+[|•·]\s+|\s+[-–—]{1,2}\s+|\s*\|\s*")


def masthead_names(header: Sequence[_Line]) -> list[str]:
    """The first field of each short header line that is not prose ("Example Press" of "EXAMPLE PRESS |
    Politics", "XYZ" of "XYZ - Example News Agency"): where an outlet names itself above the story."""
    fields = [
        _FIELD_SEP.split(line.text.strip(), maxsplit=1)[0] for line in header if not is_prose(line.text)
    ]
    return [field for field in fields if 0 < len(_words(field)) <= 4]
