"""Holders' names the recogniser ran into a body's tag ("[Federal Trade Commission Chair Ana] Berg")."""

from __future__ import annotations

from spacy.tokens import Doc

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
