"""Names given with a parliamentary honorific ("the Rt Hon A B MP", "The Hon A B"), which the tagger
often reads as a body or cuts short: the honorific is given to people only, so the words after it are a
person's name (the letters after the name are no part of it)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .. import names
from ..meta_byline import POSTNOMINALS

ADDRESS = frozenset({"majesty", "highness", "excellency", "holiness", "eminence"})  # "His Majesty": an alias
HONORIFIC_WORDS = frozenset({"the", "rt", "right", "hon", "honourable", "honorable", ".", "dr"})


def honoured_person(ent: Span) -> Span | None:
    """'the Rt Hon A B (MP)', 'The Hon A B' that the tagger read as a body or a place: A B, a person (the
    honorific is given to people only)."""
    if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") or not any(
        t.lower_ in ("hon", "hon.") for t in ent[:3]
    ):
        return None
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].lower_.strip(".") in HONORIFIC_WORDS:
        start += 1
    while end > start and ent.doc[end - 1].text in POSTNOMINALS:
        end -= 1
    doc = ent.doc
    while end == ent.end and end < len(doc) and end - start < 4 and _name_word(doc[end]):
        end += 1  # "[The Rt Hon A] B MP": the tagger stopped inside the name
        ent = doc[ent.start : end]
    words = ent.doc[start:end]
    if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() for t in words):
        return None
    return Span(ent.doc, start, end, label="PERSON")


def _name_word(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and tok.text not in POSTNOMINALS
        and "\n" not in tok.whitespace_
    )


def _honorifics_only(role: str) -> bool:
    """'Rt Hon', 'His Highness Sheikh': honorifics, no role ('His Majesty' alone is a form of address)."""
    words = [names.fold(w).strip(".,") for w in role.split()]
    return all(w in names.honorifics() for w in words) and not (len(words) <= 2 and ADDRESS & set(words))
