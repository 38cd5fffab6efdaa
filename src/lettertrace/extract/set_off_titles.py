"""A one-word title the report sets off before a person's name ("the Llywydd, Elin Rowlands MS, updated
Members ..."), which spaCy tags as a body or a name of its own: each later "the Llywydd" is that person."""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc

from .. import names
from .mentions import Party


class _Index(Protocol):
    doc: Doc
    parties: list[Party]
    tok2party: dict[int, int]

    def live(self) -> list[Party]: ...

    def _fold_into(self, p: Party, q: Party) -> None: ...


def fold_set_off_titles(idx: _Index) -> None:
    """Fold each one-word party that 'the W, A B,' (or 'the Lublin W, A B,') sets off before exactly one
    person into that person."""
    doc = idx.doc
    for q in [
        p for p in idx.live() if p.ptype in ("org", "person") and re.fullmatch(r"[A-Z][\w'-]+", p.name)
    ]:
        if names.is_state_word(q.name) or names.states_named(q.name):
            continue  # "the Netherlands, A B" names a place, no title
        holders = {
            key
            for t in doc[1:-3]
            if t.text == q.name
            and _after_the(doc, t.i)
            and doc[t.i + 1].text == ","
            and (key := _set_off_person(idx, t.i + 2)) is not None
            and key != q.key
        }
        if len(holders) == 1:
            p = idx.parties[holders.pop()]
            p.add_surface(f"the {q.name}")
            idx._fold_into(q, p)


def _after_the(doc: Doc, i: int) -> bool:
    """'the W' or 'the Lublin W': the title right after 'the' or after one or two capitalised words (its
    place) that name no person."""
    for j in range(i - 1, max(0, i - 4), -1):
        if doc[j].lower_ == "the":
            return True
        if not (doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j].ent_type_ != "PERSON"):
            return False
    return False


def _set_off_person(idx: _Index, i: int) -> int | None:
    """The key of the person whose name runs from token ``i`` and is closed by a comma (after at most one
    post-nominal in capitals: "Elin Rowlands MS,"), else None."""
    key = idx.tok2party.get(i)
    if key is None or idx.parties[key].ptype != "person":
        return None
    j = i
    while j < len(idx.doc) and idx.tok2party.get(j) == key:
        j += 1
    if j < len(idx.doc) and idx.doc[j].text.isupper() and idx.doc[j].is_alpha:
        j += 1  # "MP", "MS", "TD"
    return key if j < len(idx.doc) and idx.doc[j].text == "," else None
