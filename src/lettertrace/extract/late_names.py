"""A person told as dead where named: "the late President A", "slain journalist A B", "the deceased
king, A". The word of death must stand before the name with only titles, names and the article between
(not "support to the families of the deceased miners," A said: the miners are dead, not A)."""

from __future__ import annotations

from spacy.tokens import Span

from .. import names

_DEATH_WORDS = frozenset({"late", "slain", "deceased"})


def told_dead(ent: Span) -> bool:
    """A word of death stands within seven words before the name ``ent``, in its sentence, with only
    titles, capitalised words, 'the', 'of' and commas between."""
    doc = ent.doc
    start = max(ent.sent.start, ent.start - 7)
    for t in doc[start : ent.start]:
        if t.lower_ not in _DEATH_WORDS:
            continue
        between = doc[t.i + 1 : ent.start]
        if all(
            w.text[:1].isupper()
            or w.lower_ in ("the", "of", ",")
            or names.fold(w.text).lower() in names.title_words()
            for w in between
        ):
            return True
    return False
