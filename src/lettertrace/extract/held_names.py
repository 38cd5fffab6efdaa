"""Holders' names the recogniser ran into a body's tag ("[Federal Trade Commission Chair Ana] Berg")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from .. import names


def held_name(doc: Doc, cut: int, end: int) -> tuple[int, int]:
    """'[Federal Trade Commission Chair Ana] Berg' tagged a body up to the given name: past the body's head,
    the office's title words, then the holder's name, run on past the tag by up to two untagged proper
    nouns on the line. Returns the name's bounds (``cut``, ``end`` unchanged when no title follows)."""
    start = cut
    while start < end and names.fold(doc[start].text).lower().strip(".") in names.title_words():
        start += 1
    if start == cut or start == end:
        return cut, end
    stop = end
    while (
        stop < len(doc)
        and stop - end < 2
        and doc[stop].pos_ == "PROPN"
        and doc[stop].text[:1].isupper()
        and not doc[stop].ent_type_
        and "\n" not in doc[stop - 1].whitespace_
    ):
        stop += 1
    return start, stop


# Words that make a name a place's ("San Jose", "Cook County", "Port Lemon", "Costa Verde").
_PLACE_WORDS = frozenset(
    "san santa santo sao st saint fort port porto puerto costa new north south east west upper lower great "
    "little county city town beach bay island islands lake mount mountain river valley hills springs falls "
    "heights park province state district region coast kong".split()
)


def placed_name(ent: Span, is_person: Callable[[int], bool]) -> bool:
    """'to the three new members: Renee Clair, Owen Fairbanks and Lydia Munoz' with the last tagged a place:
    two or three capitalised proper nouns tagged a place that no gazetteer knows, in one list with a person
    the report names, are a person's name."""
    if ent.label_ not in ("GPE", "LOC") or not 2 <= len(ent) <= 3:
        return False
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
        return False
    if names.is_state_name(ent.text) or names.state_of_capital(ent.text) or names.is_demonym(ent[0].text):
        return False
    if any(t.lower_.strip(".") in _PLACE_WORDS for t in ent):
        return False  # "San Jose", "Cook County", "Long Beach", "New York": a place's own words
    root = ent.root
    mates = [*root.conjuncts, *(root.head.conjuncts if root.dep_ == "appos" else [])]
    return any(is_person(m.i) for m in mates)
