"""Offices named with their holder in a release's 'From:' line.

A government press release opens with who issues it: "From: Prime Minister's Office, 9 Castle Row and The
Rt Hon Ana Ruiz MP", "From: Office of the President and President Ana Ruiz". Its text then calls the
holder by office alone ("The Prime Minister spoke to ..."). When such a line names exactly one office and
exactly one person, the person holds that office, so the office in the text resolves to her: the bare
office ("The Prime Minister", no place or nationality) is hers wherever it stands, even in a standfirst
above the line that names the other party first (see ``from_holder``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .. import names
from ..meta_byline import without_postnominals
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
            holder, office = parties[people.pop()], offices.pop()
            _add_role(holder, office)
            words = without_postnominals(holder.name.split())  # "A B MP": the letters are no part of it
            holder.name = " ".join(words) if len(words) >= 2 else holder.name
            doc.user_data["lettertrace_from_holder"] = (holder.key, names.content_words(office))


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


def from_holder(doc: Doc, parties: list[Party], office: Token) -> Party | None:
    """The holder a 'From:' line gave the bare office headed by ``office`` ("The Prime Minister"), if any."""
    found = doc.user_data.get("lettertrace_from_holder")
    phrase = list(office.subtree)
    if found is None or any(t.dep_ not in ("det", "compound") and t is not office for t in phrase):
        return None
    if any(t.ent_type_ in ("NORP", "GPE", "PERSON") for t in phrase):
        return None
    key, words = found
    said = names.content_words(" ".join(t.text for t in phrase))
    return parties[key] if said and said == words else None
