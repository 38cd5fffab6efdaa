"""Whether a preposition's object is a date ("on Tuesday", "on 3 May", "on the 9th"), whatever label the
entity recogniser gave it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..nlp import timeline_prefix


def _dated(prep: Token) -> bool:
    """'on Tuesday', 'on 3 May', 'on the same day', 'on the 9th' (a day of the month told): a preposition
    whose object is a date."""
    day_of_month = prep.lower_ == "on" and any(
        g.ent_type_ == "ORDINAL" and g.dep_ == "pobj" for g in prep.children
    )
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return (
        day_of_month
        or any(
            g.ent_type_ in ("DATE", "TIME") or g.lower_ in ("day", "evening", "morning", "eve")
            for g in prep.subtree
        )
        or any(  # "on 9 September" tagged an event: the object itself (not "to Theresa May")
            is_calendar_name(g.text) and any(c.like_num for c in g.children) for g in objects
        )
    )


_CALENDAR_NAME = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


def is_calendar_name(word: str) -> bool:
    """A month or a weekday written in full and capitalised ("September", "Monday")."""
    return _CALENDAR_NAME.match(word) is not None


def line_dated(tok: Token) -> bool:
    """'FEB 3 - A replies, ...', '2 April: A telephones B': the line ``tok`` stands on opens with a date and a
    dash or colon, as a timeline's entry; that date is the entry's."""
    doc = tok.doc
    start = doc.text.rfind("\n", 0, tok.idx) + 1
    line = [t for t in doc[max(0, tok.i - 12) : tok.i] if t.idx >= start and not t.is_space]
    dash = next((k for k, t in enumerate(line[1:6], 1) if t.text in ("-", "\u2013", "\u2014", ":")), None)
    if dash is None:
        return False
    words = line[:dash]
    return timeline_prefix(words) or all(t.ent_type_ in ("DATE", "TIME") for t in words)
