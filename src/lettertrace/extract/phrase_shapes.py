"""Shapes of phrases the party index tests: an office of a place ("the King of Ostmark"), an office
without a name ("Kuwait's Ambassador"), a word of a name, two organisation keys one state apart."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .. import names


def _office_of_place(ent: Span) -> bool:
    """'the King of Ostmark', 'President of the Republic', 'Emir of Dar al-Nour': a title, 'of', a place."""
    words = [t for t in ent if t.lower_ not in ("the", "of")]
    tw = names.title_words()
    if not any(t.lower_ == "of" for t in ent) or names.fold(words[0].text).strip(".") not in tw:
        return False
    rest = [t for t in words if names.fold(t.text).strip(".") not in tw and not t.is_punct]
    return bool(rest) and all(t.text[:1].isupper() or t.lower_ in names.particles() for t in rest)


def _one_state_apart(a: str, b: str, states: set[str]) -> bool:
    """Two organisation keys that differ only by the name (or the code) of a state one of them holds."""
    wa, wb = set(a.split()), set(b.split())
    if wa == wb or not (wa < wb or wb < wa):
        return False
    extra = (wb - wa) or (wa - wb)
    x = next(iter(extra))
    return len(extra) == 1 and (x in states or x.upper() in names.state_codes()) and len(wa & wb) >= 2


def _office_only(span: Span) -> bool:
    """A capitalised office without a name: the phrase ends in a title word, what comes before it says
    whose office it is ("Ambassador", "Belarus Ambassador", "Kuwait's Ambassador"); a name with its
    title ends in the name ("Ambassador Ana Berg")."""
    return names.fold(span[-1].text).strip(".").lower() in names.title_words()


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised proper noun, or a particle of a name right before one ("da", "van")."""
    t = doc[i]
    if t.lower_ in names.particles() and i + 1 < len(doc):
        t = doc[i + 1]
    return t.pos_ == "PROPN" and t.text[:1].isupper()
