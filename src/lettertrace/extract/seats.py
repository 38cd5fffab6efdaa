"""A role's seat or office written right after it ("Member for Eastfield", "Governor of the Northern
Province"), whatever the parser hung it on."""

from __future__ import annotations

from spacy.tokens import Doc


def place_tail(doc: Doc, i: int, preps: tuple[str, ...] = ("for", "of")) -> int:
    """Past 'for Eastfield' / 'of the Northern Province' (or ``preps``) at token ``i`` (a role's seat or office written
    right after it, whatever the parser hung it on): the index after it, or ``i``."""
    if i >= len(doc) or doc[i].lower_ not in preps:
        return i
    j = i + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    k = j
    while k < len(doc) and k - j < 4 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    return k if k > j else i
