"""A state's name of several words that the parser cut at its 'and' ("the Prime Minister of Trinidad | and
Tobago", "of Saint Vincent | and the Grenadines, A B"): where the phrase of an office really ends."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..names import whole_state_name


def state_name_on(doc: Doc, right: int) -> int:
    """The phrase's last word, carried on to the end of a state's name that the parser cut at its 'and'
    ("the Prime Minister of Trinidad | and Tobago", "of Saint Vincent | and the Grenadines")."""
    if right + 2 >= len(doc) or doc[right + 1].lower_ != "and" or not doc[right].text[:1].isupper():
        return right
    first = right
    while first > 0 and doc[first - 1].text[:1].isupper() and doc[first - 1].pos_ == "PROPN":
        first -= 1
    for end in range(right + 2, min(right + 5, len(doc))):
        if whole_state_name(doc[first : end + 1].text):
            return end
    return right


def office_place_end(tok: Token) -> int | None:
    """The last word of the state's name in the office ``tok``'s 'of' phrase where the parser cut it at its
    'and' and hung the rest (and a name in apposition after it) elsewhere; None where it did not."""
    ofs = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"]
    if not ofs:
        return None
    last = max(t.i for t in ofs[-1].subtree)
    end = state_name_on(tok.doc, last)
    return end if end > last else None
