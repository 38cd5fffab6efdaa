"""Letters after a person's name ("A B MP", "A B TD", "Sir A B, K.C.M.G.,"): a seat's or an honour's, no
part of the name and no one's name of their own."""

from __future__ import annotations

import re

from spacy.tokens import Span

from .meta_byline import POSTNOMINALS
from .names import is_state_name

# Letters after a name, written as initials with stops ("K.C.M.G.", "O.B.E."): honours, no one's name.
INITIALS_ONLY = re.compile(r"^(?:[A-Z]\.){2,}[A-Z]?\.?$")


def _seated_name(ent: Span) -> Span | None:
    """'A B TD' tagged a person whole, or 'B TD' tagged a body with 'A' left out: the name without the
    letters, from the given name on."""
    doc = ent.doc
    whole = ent
    ent = ent[:-1] if len(ent) > 2 and ent[-1].tag_ == "POS" else ent  # "A B MSP's letter"
    if len(ent) < 2 or ent[-1].text not in POSTNOMINALS or whole.label_ not in ("PERSON", "ORG"):
        return None
    if whole.label_ == "ORG" and (ent[-1].text in ("PC", "AC", "AO", "MS") or is_state_name(ent[:-1].text)):
        return None  # "Ontario PC": a party
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent[:-1]):
        return None
    start = ent.start
    while whole.label_ == "ORG" and start > 0 and ent.start - start < 2 and doc[start - 1].pos_ == "PROPN":
        if doc[start - 1].ent_type_ or not doc[start - 1].text[:1].isupper():
            break
        start -= 1
    return Span(doc, start, ent.end - 1, label="PERSON")


def _seat_letters(ent: Span) -> bool:
    """'A B MSP', 'A B TD': a seat's or an honour's letters tagged apart, right after a person's name."""
    return ent.text in POSTNOMINALS and ent.start > 0 and ent.doc[ent.start - 1].ent_type_ == "PERSON"


def _after_a_name(ent: Span) -> bool:
    """An entity set right after a person's name and a comma ("Sir A B, K.C.M.G.,"), where honours stand."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ == "PERSON"


def letters_only(ent: Span) -> bool:
    """An entity that is only the letters after a person's name."""
    return (
        bool(INITIALS_ONLY.match(ent.text))
        and (ent.label_ == "PERSON" or _after_a_name(ent))
        or _seat_letters(ent)
    )


# A monarch's or pope's regnal number written after the name ("Frederik VI", "Ludwig III").
_REGNAL = re.compile(r"(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)")


def regnal_number(word: str) -> bool:
    """``word`` is a regnal number from II to XX ("I" alone is the pronoun as often)."""
    return _REGNAL.fullmatch(word) is not None
