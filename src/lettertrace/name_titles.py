"""Names the recogniser takes in with an office before them, and the word lists that tell a person's title
from the head word of a place's or body's name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from . import names

# Offices written before a holder's name that make the name a person's ("President A", "King B").
_PERSONAL_OFFICES = {
    "president",
    "king",
    "queen",
    "prince",
    "princess",
    "chief",
    "governor",
    "senator",
    "sultan",
}


# Head words of the names of places and bodies ("Prince Edward Island", "King Fahd Hospital").
_PLACE_HEADS = set(
    "island islands airport street avenue road bridge hospital county university college school park square"
    " hall centre center station bay river lake mountain city town port hotel palace house church mosque"
    " cathedral stadium foundation institute museum library district province state republic kingdom".split()
)


# Offices written before a holder's name that the recogniser may take in with the name as a body's.
_OFFICES_BEFORE_NAMES = _PERSONAL_OFFICES | {"chancellor", "premier", "taoiseach", "tanaiste", "emir", "shah"}
_BODY_TAILS = {"administration", "government", "cabinet", "office", "campaign", "era", "doctrine", "fund"}


def titled_name_taken_whole(ent: Span) -> int:
    """How many words before a person's name a tag took in: a body or place of three or four words that opens
    with an office and goes on with a name ("Taoiseach A B", "President A B C" tagged a body: 1), not where it
    ends in the head word of a place or a body ("President A B Library", "the Chancellor A B Fund"); a person's
    name tagged with a people's word and an office before it ("Dutch King A B": 2)."""
    if ent.label_ == "PERSON" and 4 <= len(ent) <= 5 and names.is_demonym(ent[0].text) and ent[0].is_title:
        offices = _OFFICES_BEFORE_NAMES | {"emperor", "empress", "grand", "crown"}
        return 2 if ent[1].lower_ in offices and all(t.is_title for t in ent[2:]) else 0
    if ent.label_ not in ("GPE", "ORG", "NORP", "LOC", "FAC") or not 3 <= len(ent) <= 4:
        return 0
    first, rest = ent[0], ent[1:]
    if names.fold(first.text).lower() not in _OFFICES_BEFORE_NAMES or not first.text[:1].isupper():
        return 0
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.text.isupper() for t in rest):
        return 0
    return int(ent[-1].lower_ not in _PLACE_HEADS | _BODY_TAILS and "\n" not in first.whitespace_)


def spaced_dash(tok: Token) -> bool:
    """A dash with a space on each side ("X - A B"): it sets off a phrase; no name runs through it."""
    return (
        tok.text in ("-", "\u2013", "\u2014")
        and bool(tok.whitespace_)
        and bool(tok.doc[tok.i - 1].whitespace_)
    )
