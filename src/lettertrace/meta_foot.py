"""A publication stamp at the foot of a page: wire copy, printed pages and archived copies often carry
the date only below the text ("Published: 18.11.2021, 14:05", "Filed 18/06/2021 16:30 GMT",
"2023-06-12 17:48 KST" alone on the last line, "Agency Wire | 03.03.2025 | 18:12").

Only short lines after the page's last prose paragraph are read, and a date there counts only in a
stamp's form: labelled as the page's publication ("Published", "Posted", "Filed", "First published",
"Issued"; "Updated" and "Modified" name the site's last change) or alone on its line (or in its own
field of a stamp line) beside a time of day. A date line without either may close a reproduced letter ("Geneva, 5 December 1971"), and a date
inside a sentence is never a stamp. ``meta`` asks the foot only when the top of the page tells no date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, Protocol, TypeVar

from lettertrace.clean_lines import is_prose
from lettertrace.meta_dates import (
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
    r"(?:^|[|•·,–—-]\s*)(?:first\s+|originally\s+|last\s+)?(?P<label>published|posted|filed|issued|released|"
    r"updated|modified)(?:\s+(?:on|at))?\s*:?\s*$",
    re.I,
)
_SITE_LABELS = frozenset({"updated", "modified"})


class _Line(Protocol):
    @property
    def text(self) -> str: ...


L = TypeVar("L", bound=_Line)


def foot_lines(lines: Sequence[L]) -> list[L]:
    """The short lines after the last prose paragraph of ``lines`` (the page in order), at most
    ``MAX_FOOT_LINES`` of them counted from the end."""
    last = max((i for i, line in enumerate(lines) if is_prose(line.text)), default=-1)
    return [line for line in lines[last + 1 :] if len(line.text) <= MAX_LINE][-MAX_FOOT_LINES:]


def foot_dates(lines: Sequence[L]) -> list[tuple[L, DateMatch, Literal["article", "site"]]]:
    """(line, date, kind) for each publication stamp among the foot lines of ``lines``."""
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
    return out
