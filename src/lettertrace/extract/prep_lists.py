"""Parties listed after a preposition that the parser did not read as a list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .lists import party_list_from

if TYPE_CHECKING:
    from .mentions import Party


def listed_after_prep(reader: Any, prep: Token) -> list[Party]:
    """The parties listed after a preposition when the parser hung one of them on another ("spoke with
    Sudland President A and Ostmark Premier B", A read as B's modifier): read as a list from the
    preposition's object on, only when a party stands inside the object's phrase."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return []
    inner = [
        t for t in pobj.subtree if t.dep_ in ("nmod", "compound", "poss") and t.i in reader.idx.tok2party
    ]
    if not any(reader.idx.tok2party[t.i] != reader.idx.tok2party.get(pobj.i) for t in inner):
        return []
    return party_list_from(reader.doc, reader.idx, prep.i + 1)
