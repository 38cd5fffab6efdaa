"""Parties listed after a preposition that the parser did not read as a list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .lists import party_list_from

if TYPE_CHECKING:
    from .mentions import Party


def listed_after_prep(reader: Any, prep: Token) -> list[Party]:
    """The sides listed after 'with' or 'between' when the parser hung one name on another ("spoke with
    Sudland President A and Ostmark Premier B", A read as B's modifier; "letters between the minister of
    X, A, and the minister of Y, B"): read as a list from the preposition's object on, only when another
    party's name modifies the object."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ not in ("with", "between") or pobj is None:
        return []
    own = reader.idx.tok2party.get(pobj.i)
    inner = [
        t for t in pobj.subtree if t.dep_ in ("nmod", "compound", "poss") and t.i in reader.idx.tok2party
    ]
    if not any(reader.idx.tok2party[t.i] != own for t in inner):
        return []
    return party_list_from(reader.doc, reader.idx, prep.i + 1)


def to_past_partner(with_prep: Token) -> list[Token]:
    """'A wrote jointly with B, the head of X, to C': the 'to' set off after the partner, which the parser
    hung on the partner (B) instead of on the verb."""
    return [
        t
        for o in with_prep.children
        if o.dep_ == "pobj"
        for t in o.children
        if t.dep_ == "prep" and t.lower_ == "to" and t.i > 0 and t.doc[t.i - 1].text == ","
    ]
