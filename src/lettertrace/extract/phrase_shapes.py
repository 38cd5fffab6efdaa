"""Shapes of phrases the party index tests: an office of a place ("the King of Ostmark"), an office
without a name ("Kuwait's Ambassador"), a word of a name, two organisation keys one state apart."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import names
from ..meta_byline import POSTNOMINALS
from ..nlp import _PLACE_HEADS, OFFICE_ABBREVIATIONS, headline_verb
from .mentions import INSTITUTION_HEADS, ROLE_HEADS, _head_word


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


def _through_of(ent: Span) -> Span:
    """A tagged span that ends in 'of' or 'for' goes on through the capitalised words after it."""
    doc, end = ent.doc, ent.end
    if ent[-1].lower_ not in ("of", "for"):
        return ent
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
    return doc[ent.start : end] if end > ent.end else ent


# Words an office's name is made of besides titles and the heads of offices ("Head of State").
OFFICE_WORDS = frozenset({"of", "for", "the", "state", "government", "republic"})


def _office_alone(ent: Span) -> bool:
    """'Angolan Head of State', 'Head of Government': a state's word, titles and the words of an office,
    with an office's head among them and no name."""
    words = [t for t in ent if not t.is_punct]
    heads = [t for t in words if _head_word(t) in ROLE_HEADS]
    return bool(heads) and all(
        _head_word(t) in ROLE_HEADS
        or t.lower_ in OFFICE_WORDS
        or names.fold(t.text).lower() in names.title_words()
        or names.is_demonym(t.text)
        or names.is_state_word(t.text)
        for t in words
    )


def _name_continues(t: Token) -> bool:  # ("A B MP": the letters after a name are no part of it)
    name_like = t.pos_ == "PROPN" and t.text[:1].isupper() and t.text not in POSTNOMINALS
    if t.pos_ == "NOUN" and t.text[:1].isupper() and t.text[1:].islower():  # "... dos Reis Tavares wrote":
        w = names.fold(t.text).lower()  # a surname the tagger took for a common noun
        name_like = (
            w not in names.title_words() | _PLACE_HEADS
            and _head_word(t) not in ROLE_HEADS | INSTITUTION_HEADS
        )
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if (
        nxt is not None
        and nxt.ent_iob_ == "B"
        and names.fold(t.text).lower().strip(".") in names.title_words()
    ):
        return False  # "[Norland Gas] CEO [Dean Kovac]": a title before the next name starts it
    return name_like and t.ent_type_ in ("", "PERSON") and not t.is_sent_start and not headline_verb(t)


def holds_name(tok: Token) -> bool:
    """'President of South Korea Moon Jae-in': the phrase ends in a proper name spaCy missed (not the
    state of "the King of Morocco" tagged with it as one name, nor a body's short form in brackets)."""
    tw = names.title_words()
    toks = [t for t in tok.subtree if t.i > tok.i]
    return any(
        t.pos_ == "PROPN"
        and t.ent_type_ not in ("ORG", "GPE", "NORP", "FAC", "LOC", "DATE")
        and names.fold(t.text).strip(".") not in tw
        and t.lower_ not in OFFICE_ABBREVIATIONS  # "Charge d'affaires (a.i.)": ad interim
        and not (t.head.pos_ == "NOUN" and t.head.i != tok.i)  # "for the Belgrade-Pristina dialogue"
        # "the Union of Writers (UW)": a body's short form in brackets after its name, no person's name
        and not (t.text.isupper() and t.doc[t.i - 1].text == "(" and t.doc[t.i + 1 : t.i + 2].text == ")")
        and not (t.head.lower_ == "of" and t.head.head.i == tok.i and names.is_state_name(t.text))
        and not (
            _head_word(t) in INSTITUTION_HEADS
            or t.dep_ == "compound"
            and _head_word(t.head) in INSTITUTION_HEADS
        )
        for t in toks  # (nor "of the Permanent Mission of X": a body the office belongs to)
    )


_TAKING_PART = frozenset(
    {"join", "joining", "participate", "participating", "attend", "attending", "listen", "listening"}
)


def absolute_with(prep: Token) -> bool:
    """'with the zone topping the agenda', 'with talks focused on trade': a 'with' that opens a clause of
    its own (a subject and a participle), which tells the circumstances, not a partner."""
    return prep.lower_ == "with" and any(
        c.lemma_.lower() not in _TAKING_PART  # (not "with the minister also joining", "taking part": a party)
        and not (c.lemma_.lower() == "take" and any(g.lower_ == "part" for g in c.children))
        and c.dep_ == "pcomp"
        and c.tag_ in ("VBG", "VBN")
        and any(
            g.dep_ in ("nsubj", "nsubjpass") and g.ent_type_ != "PERSON" and g.pos_ != "PRON"
            for g in c.children
        )
        or c.dep_ == "pobj"  # "with X warning of ...", the participle read as a noun with its subject
        and c.lower_.endswith("ing")
        and any(g.dep_ == "nsubj" and g.i < c.i for g in c.children)
        for c in prep.children
    )  # (but "with C joining the call": C takes part)


def _of_state_after(ent: Span) -> bool:
    """'the Permanent Representative' tagged a body, then 'of Brazil': the office's state follows it."""
    doc = ent.doc
    if _head_word(ent[-1]) not in ROLE_HEADS:
        return False
    i = ent.end + (ent.end < len(doc) and doc[ent.end].lower_ == "of")
    i += i < len(doc) and doc[i].lower_ == "the"
    return i > ent.end and i < len(doc) and doc[i].ent_type_ == "GPE"


def relative_read_as_main(verb: Token) -> bool:
    """'A, who had earlier sent B a message, also phoned her': the parser made the relative clause's verb
    the main one (its subject A, with 'who' left on an auxiliary) and hung the true main verb on it as a
    'dep' with no subject; that verb is A's. Not "the X Resolution, also called Y" (a naming)."""
    head = verb.head
    if verb.dep_ != "dep" or verb.tag_ not in ("VBD", "VBZ") or head.pos_ != "VERB" or head.i > verb.i:
        return False
    if any(c.dep_ in ("oprd", "nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(
        s.dep_ == "nsubj"
        and any(r.dep_ == "relcl" and any(w.lower_ == "who" for w in r.children) for r in s.children)
        for s in head.children
    )
