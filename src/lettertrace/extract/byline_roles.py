"""Offices named with their holder in a release's 'From:' line.

A government press release opens with who issues it: "From: Prime Minister's Office, 9 Castle Row and The
Rt Hon Ana Ruiz MP", "From: Office of the President and President Ana Ruiz". Its text then calls the
holder by office alone ("The Prime Minister spoke to ..."). When such a line names exactly one office and
exactly one person, the person holds that office, so the office in the text resolves to her.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .. import names
from .mentions import Party, _add_role

_FROM_LINE = re.compile(r"(?m)^[ \t]*(?:From|Issued by|Published by)[ \t]*:[ \t]*(\S[^\n]*)$")
_OFFICES = re.compile(
    r"(?:\bthe )?\b([A-Z][a-z]+(?: [A-Z][a-z]+){0,3})['\u2019]s Office\b"  # "Prime Minister's Office"
    r"|\bOffice of the ([A-Z][a-z]+(?: [A-Z][a-z]+){0,3})\b"  # "Office of the President"
)


def byline_roles(doc: Doc, parties: list[Party], tok2party: dict[int, int]) -> None:
    """Give the one person named in a 'From:' line the one office the line names (parties changed in
    place)."""
    text = doc.text
    for m in _FROM_LINE.finditer(text):
        start = m.start(1)
        offices = {a or b for a, b in (o.groups() for o in _OFFICES.finditer(m.group(1)))}
        items = [doc.char_span(a, b, alignment_mode="expand") for a, b in _titled_items(m.group(1), start)]
        people = {
            tok2party[t.i]
            for item in items
            if item is not None
            for t in item
            if t.i in tok2party and parties[tok2party[t.i]].ptype == "person"
        }
        if len(offices) == 1 and len(people) == 1:
            _add_role(parties[people.pop()], offices.pop())


def _titled_items(line: str, offset: int) -> list[tuple[int, int]]:
    """The items of a 'From:' line (cut at commas and 'and') that name someone with a title ("The Rt Hon
    Ana Ruiz MP", "President Ana Ruiz"), as character spans of the text; an address ("9 Castle Row")
    or a body is none."""
    out = []
    for item in re.finditer(r"[^,;]+?(?=,|;| and |$)", line):
        words = [names.fold(w).strip(".") for w in item.group().split()]
        if any(w in names.title_words() and w != "the" for w in words) and "office" not in words:
            out.append((offset + item.start(), offset + item.end()))
    return out
