"""A style written before a titled name and read as one 'of' phrase with it ("Guardian of the Old Faith King
A B"): the person holds the style."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from .. import names
from .mentions import Party


class _Index(Protocol):
    doc: Doc
    parties: list[Party]
    tok2party: dict[int, int]


def styled_holder(res: _Index, tok: Token) -> Party | None:
    """A style written before a titled name and read as one 'of' phrase with it ("Guardian of the Old
    Faith King A B": "of the Old Faith King A B"): the head is a capitalised singular noun with no
    article, and its 'of' phrase runs capitalised words, then a title, then the person's name; the
    person holds the style. Not "Supporters of President A B" (plural) nor "aides of King A B"."""
    if (
        not tok.text[:1].isupper()
        or tok.tag_ not in ("NNP", "NN")
        or any(c.dep_ == "det" for c in tok.children)
    ):
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    key = res.tok2party.get(pobj.i) if pobj is not None else None
    if of is None or pobj is None or key is None or res.parties[key].ptype != "person":
        return None
    name = next(e for e in [*res.doc.ents, pobj.doc[pobj.i : pobj.i + 1]] if e.start <= pobj.i < e.end)
    title = res.doc[name.start - 1] if name.start > of.i + 1 else None
    if title is None or names.fold(title.text).lower() not in names.title_words():
        return None
    style = [t for t in res.doc[of.i + 1 : title.i] if t.lower_ != "the"]
    if not style or not all(t.text[:1].isupper() and not t.ent_type_ == "PERSON" for t in style):
        return None
    return res.parties[key]
