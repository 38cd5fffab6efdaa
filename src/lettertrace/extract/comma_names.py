"""Names that spaCy tags as one entity across a comma: "Responding to a letter from Halvorsen, Okafor wrote"
(two names), "The President of the Republic, KOLO Ida Andry, had a call" (a place and its holder)."""

from __future__ import annotations

from spacy.tokens import Span

from .. import names
from .mentions import ROLE_HEADS, _head_word

NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "inc", "ltd", "llc", "plc", "co", "corp"}


def split_at_comma(e: Span) -> list[Span]:
    """'Responding to a letter from Halvorsen, Okafor wrote': spaCy tags 'Halvorsen, Okafor' as one name
    across the comma that ends a fronted clause. Two names are read when each side holds proper nouns
    only and the side after the comma hangs on neither the side before nor its head word ("Ana Berg,
    Jr." and "Paris, Texas" stay one)."""
    if e.label_ == "GPE":
        return _holder_after_place(e)
    if e.label_ not in ("PERSON", "ORG"):
        return [e]
    commas = [t.i for t in e if t.text == ","]
    if len(commas) != 1:
        return [e]
    k = commas[0]
    left, right = e.doc[e.start : k], e.doc[k + 1 : e.end]
    if not len(left) or not len(right) or right[0].lower_.strip(".") in NAME_SUFFIXES:
        return [e]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in [*left, *right]):
        return [e]
    lr, rr = left.root, right.root
    if _office_of(e) and 2 <= len(right) <= 4 and rr.dep_ in ("conj", "appos"):
        # "the mayor of Lindau, Tobias Lechner, and ...": the place of the office, then its holder
        return [Span(e.doc, e.start, k, label="GPE"), Span(e.doc, k + 1, e.end, label="PERSON")]
    if rr.head.i in range(left.start, left.end) or lr.head.i in range(right.start, right.end):
        return [e]  # one hangs on the other: an apposition or a place with its region
    return [Span(e.doc, e.start, k, label=e.label_), Span(e.doc, k + 1, e.end, label=e.label_)]


def _holder_after_place(e: Span) -> list[Span]:
    """'The President of the Republic, KOLO Ida Andry, had a call': spaCy tags 'the Republic, KOLO Ida
    Andry' as one place. The proper nouns after the comma, set in apposition to the title before the
    place, are the title's holder, a person; the place stays a place."""
    commas = [t.i for t in e if t.text == ","]
    if len(commas) != 1:
        return [e]
    k = commas[0]
    right = e.doc[k + 1 : e.end]
    title = right.root.head
    if not (
        2 <= len(right) <= 4
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in right)
        and right.root.dep_ == "appos"
        and title.i < e.start
        and names.fold(title.text).lower() in names.title_words()
    ):
        return [e]
    return [Span(e.doc, e.start, k, label=e.label_), Span(e.doc, k + 1, e.end, label="PERSON")]


def _office_of(e: Span) -> bool:
    """The entity follows 'of' on an office ("the mayor of", "the Governor of")."""
    of = e.doc[e.start - 1] if e.start > 0 else None
    return (
        of is not None
        and of.lower_ == "of"
        and of.head.pos_ in ("NOUN", "PROPN")
        and _head_word(of.head) in ROLE_HEADS
    )
