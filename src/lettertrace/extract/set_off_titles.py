"""A one-word title the report sets off before a person's name ("the Llywydd, Elin Rowlands MS, updated
Members ..."), which spaCy tags as a body or a name of its own: each later "the Llywydd" is that person."""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc

from .. import names
from .mentions import ROLE_HEADS, Party, _head_word


class _Index(Protocol):
    doc: Doc
    parties: list[Party]
    tok2party: dict[int, int]

    def live(self) -> list[Party]: ...

    def _fold_into(self, p: Party, q: Party) -> None: ...


TITLES = names.title_words()


def fold_set_off_titles(idx: _Index) -> None:
    """Fold each one-word party that 'the W, A B,' (or 'the Lublin W, A B,') sets off before exactly one
    person into that person."""
    doc = idx.doc
    for q in [  # one word, or two tagged a person's ("the Tui Bua, A B,": a chief's title)
        p
        for p in idx.live()
        if p.ptype in ("org", "person")
        and re.fullmatch(r"[A-Z][\w'-]+", p.name)
        or p.ptype == "person"
        and re.fullmatch(r"[A-Z][\w'-]+ [A-Z][\w'-]+", p.name)
    ]:
        if names.is_state_word(q.name) or names.states_named(q.name):
            continue  # "the Netherlands, A B" names a place, no title
        words = q.name.split()
        n = len(words)
        holders = {
            key
            for t in doc[n:-3]
            if [w.text for w in doc[t.i - n + 1 : t.i + 1]] == words
            and _after_the(doc, t.i - n + 1)
            and not _served(doc, t.i - n + 1)
            and doc[t.i + 1].text == ","
            and (key := _set_off_person(idx, t.i + 2, titled=n == 2)) is not None
            and key != q.key
        }
        if len(holders) == 1:
            p = idx.parties[holders.pop()]
            p.add_surface(f"the {q.name}")
            idx._fold_into(q, p)


def _served(doc: Doc, i: int) -> bool:
    """'the Secretary to the W, A B': W is the one an office serves ('of', 'to', 'for'), not A's title."""
    j = i - 1 - (i >= 1 and doc[i - 1].lower_ == "the")
    return j >= 1 and doc[j].lower_ in ("of", "to", "for") and _head_word(doc[j - 1]) in ROLE_HEADS


def _after_the(doc: Doc, i: int) -> bool:
    """'the W' or 'the Lublin W': the title right after 'the' or after one or two capitalised words (its
    place) that name no person."""
    for j in range(i - 1, max(0, i - 4), -1):
        if doc[j].lower_ == "the":
            return True
        if not (doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j].ent_type_ != "PERSON"):
            return False
    return False


def _set_off_person(idx: _Index, i: int, titled: bool = False) -> int | None:
    """The key of the person whose name runs from token ``i`` and is closed by a comma (after at most one
    post-nominal in capitals: "Elin Rowlands MS,"), else None; ``titled``: after the holder's honorifics
    ("the Tui Bua, Ratu A B,"; not "the UN, Ambassador A B,": a body's envoy)."""
    while (
        titled and i < len(idx.doc) - 1 and i not in idx.tok2party and idx.doc[i].lower_.strip(".") in TITLES
    ):
        i += 1
    key = idx.tok2party.get(i)
    if key is None or idx.parties[key].ptype != "person":
        return None
    j = i
    while j < len(idx.doc) and idx.tok2party.get(j) == key:
        j += 1
    if j < len(idx.doc) and idx.doc[j].text.isupper() and idx.doc[j].is_alpha:
        j += 1  # "MP", "MS", "TD"
    return key if j < len(idx.doc) and idx.doc[j].text == "," else None
