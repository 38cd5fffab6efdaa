"""Nouns in brackets that name a kind of thing, not an act ("Documents issued, April 2022 (letters and notes)")."""

from __future__ import annotations

from spacy.tokens import Token


def bracketed_label(tok: Token) -> bool:
    """'Documents issued, April 2022 (letters and notes)': a noun in brackets of nouns is a kind, no act."""
    doc = tok.doc
    start = next((i for i in range(tok.i - 1, max(-1, tok.i - 6), -1) if doc[i].text in "()"), None)
    end = next((i for i in range(tok.i + 1, min(len(doc), tok.i + 6)) if doc[i].text in "()"), None)
    if start is None or end is None or doc[start].text != "(" or doc[end].text != ")" or start == 0:
        return False  # (and "sent a message (email) to B": the brackets gloss the noun before them)
    return doc[start - 1].pos_ not in ("NOUN", "PROPN") and all(
        t.pos_ in ("NOUN", "CCONJ", "PUNCT", "ADJ") for t in doc[start + 1 : end]
    )
