"""The author a byline names ("By Dr Amara Nwosu", "Written by Tomas Vell"): in an opinion piece, the
"I" who says "Last year I wrote to the minister". Only a line that is a byline and a personal name of
two to four capitalised words; an agency or a staff credit ("By Reuters", "By our correspondent") is no
author. A minister's own page is headed by a line of his name alone ("The Hon A B MP"): its "I" is A B."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

BYLINE_NAME = re.compile(
    r"^\s*(?:By|BY|Written by|Opinion by)\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(?:,[^\n]{0,60})?$"
)
# a header line that is an honoured name alone: "The Hon A B MP", "The Rt Hon A B", "Hon. A B"
HONOURED_LINE = re.compile(
    r"^\s*(?:The\s+)?(?:Rt\.?\s+|Right\s+)?Hon(?:\.|ou?rable)?\s+(?:Dr\.?\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,5})\s*$"
)
POSTNOMINALS = frozenset(
    {"MP", "KC", "QC", "KCB", "KCMG", "OBE", "CBE", "MBE", "MSP", "MS", "MLA", "TD", "PC", "AC", "AO"}
    | {
        "DBE",
        "KBE",
        "GBE",
        "GCB",
        "GCMG",
        "DCMG",
        "CMG",
        "GCVO",
        "KCVO",
        "DCVO",
        "CVO",
        "LVO",
        "CH",
        "OM",
        "MEP",
    }
)  # the British orders' letters too


def bare_words(name: str) -> list[str]:
    """The words of a name as signed, without the letters after it ("Dame A B DBE MP": "Dame A B")."""
    return without_postnominals(name.replace(",", " ").split())


def without_postnominals(words: list[str]) -> list[str]:
    """A name's words without the letters after it ("A B MP" -> "A B")."""
    end = len(words)
    while end and words[end - 1] in POSTNOMINALS:
        end -= 1
    return words[:end]


NOT_NAMES = frozenset(
    "staff reporter reporters correspondent correspondents agency agencies desk editor editors".split()
)


class _Line(Protocol):
    @property
    def text(self) -> str: ...


def byline_author(lines: Sequence[_Line]) -> str | None:
    """The name of the first byline among ``lines`` (the page's header and first paragraph)."""
    for line in lines:
        m = BYLINE_NAME.match(line.text) or HONOURED_LINE.match(line.text)
        if m is None:
            continue
        words = without_postnominals(m["name"].split())
        if len(words) < 2:
            continue
        if any(w.lower().strip(".") in NOT_NAMES for w in words) or m["name"].isupper():
            return None
        return " ".join(words)
    return None


# an opinion page's foot that says who its author is: "A B is chair of the X Network."
_FOOT = re.compile(r"^\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:is|was)\s+[^\n]{3,300}$")
_NAME_ALONE = re.compile(r"^\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*$")
FOOT_LINES = 8  # the page's last lines (the furniture after the text counted) where the foot is looked for
_ANSWER = re.compile(r"^\s*A\s*:\s+\S")  # an interview's answer line
# a page that says it is a person's own text: "an extract from his memoir", "adapted from her diary"
_OWN_TEXT = re.compile(
    r"\b(?:extract|excerpt|adapted)\b[^.\n]{0,40}\b(?:memoirs?|diary|diaries|book|autobiography)\b", re.I
)


def footer_author(header: Sequence[_Line], lines: Sequence[_Line]) -> str | None:
    """The "I" of a page whose foot says who a person is ("A B is chair of the X Network") when the page is
    that person's: headed by a line of the name alone (an opinion piece's byline without 'By'), or an
    interview in questions and answers ("Q: ... A: ..."), or an extract of a memoir or diary."""
    alone = {m["name"] for line in header if (m := _NAME_ALONE.match(line.text))}
    answers = sum(1 for line in lines if _ANSWER.match(line.text))
    own = answers >= 2 or any(
        _OWN_TEXT.search(line.text) for line in [*lines[: len(header) + 2], *lines[-FOOT_LINES:]]
    )
    for line in lines[-FOOT_LINES:]:
        m = _FOOT.match(line.text)
        if m is None or any(w.lower() in NOT_NAMES for w in m["name"].split()):
            continue
        if m["name"] in alone or own:
            return m["name"]
    return None
