"""Words of offices where the recogniser saw names: a place before an office and its holder ("Kessel's
Prime Minister A B", "Kessel Chief Minister A B"), a nationality before a lowercase office ("the Ostravian
ambassador"), an office in the plural ("four Chief Ministers")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import names
from .mentions import ROLE_HEADS, _head_word


def place_before_title(ent: Span) -> bool:
    """A one-word 'name' whose possessive governs a title and the name after it ("Ostravia's Prime
    Minister Tomas Varga", "Ostravia's chancellor Margit Seele"): the place the office belongs to, not a
    person."""
    doc = ent.doc
    i = ent.end
    if i + 2 >= len(doc):
        return False
    if doc[i].text not in ("'s", "\u2019s"):  # "Kessel Chief Minister A B": the state's name before the title
        return len(ent) <= 3 and _office_then_person(doc, i)
    if len(ent) != 1:
        return False
    j = i + 1
    tw = names.title_words()
    while j < len(doc) and (
        names.fold(doc[j].text).strip(".").lower() in tw or _head_word(doc[j]) in ROLE_HEADS
    ):
        j += 1
    return j > i + 1 and j < len(doc) and doc[j].ent_type_ == "PERSON"


def _office_then_person(doc: Doc, i: int) -> bool:
    """From token ``i``: an office written as a title, capitalised ("Chief Minister", "Governor"), then a
    person's name the recogniser tagged."""
    j = i
    while j < len(doc) and doc[j].text[:1].isupper() and _head_word(doc[j]) in ROLE_HEADS | {"chief"}:
        j += 1
    return j > i and j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B"


def nationality_of_office(ent: Span) -> bool:
    """A 'name' after an article, modifying the lowercase office that follows it ("the Ostravian ambassador
    said", "the Dar al-Nour leader"), or any before 'leader' or 'chief' ("Dar al-Nour chief", as headlines
    write it; no one is "A B chief"): whose office it is, not a person."""
    doc, arts = ent.doc, ("the", "a", "an")
    nxt = doc[ent.end] if ent.end < len(doc) else None
    article = ent[0].lower_ in arts or ent.start > 0 and doc[ent.start - 1].lower_ in arts
    return (
        sum(not t.is_punct and t.lower_ not in arts for t in ent) <= 3
        and nxt is not None
        and (article or nxt.lower_ in ("leader", "chief"))
        and any(t.head.i == nxt.i and t.dep_ in ("amod", "compound", "nmod") for t in ent)
        and nxt.text[:1].islower()
        and _head_word(nxt) in ROLE_HEADS
    )


def offices_span(span: Span) -> bool:
    """Words of an office, not a name: "the Pontiff", "Nuncio" (each word an office's or an article), or an
    office in the plural with the titles before it ("Foreign Ministers" of "the Foreign Ministers of X and
    Y wrote", "Ministers" of "four Chief Ministers", which the tagger may keep as their own lemma)."""
    if all(_office_word(t) for t in span):
        return True
    w = names.fold(span[-1].text).lower()
    plural = (
        span[-1].tag_ in ("NNS", "NNPS", "NNP") and w.endswith("s") and w[:-1] in ROLE_HEADS
    )  # (as tagged)
    titles = names.title_words()
    return plural and all(
        _office_word(t) or names.fold(t.text).lower().strip(".") in titles for t in span[:-1]
    )


def _office_word(tok: Token) -> bool:
    return _head_word(tok) in ROLE_HEADS or tok.pos_ == "DET"
