"""Names spaCy's small model leaves untagged where they own a communication: "Replying to Ana Ruiz's
letter of 2 March" (no entity on "Ana Ruiz"). A run of two or three capitalised proper nouns that
possesses a communication noun names its sender, a person, when none of its words is an institution's,
an outlet's, a place's or a title (those name bodies: "the Foreign Office's note", "Norland's letter")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .. import names
from .lexicon import noun_kind
from .mentions import INSTITUTION_HEADS, ROLE_HEADS, _head_word, clean_np
from .merge_writers import role_only

if TYPE_CHECKING:
    from .index import PartyIndex
    from .mentions import Party

_OTHER_NAMES = ("GPE", "LOC", "NORP", "ORG", "FAC", "PERSON", "DATE", "TIME", "EVENT", "LAW", "PRODUCT")


def letter_owners(doc: Doc) -> list[Span]:
    """Spans of the untagged names that possess a communication noun."""
    from ..meta import OUTLET_WORDS

    out = []
    for tok in doc:
        if tok.dep_ != "poss" or tok.pos_ != "PROPN" or noun_kind(tok.head) is None:
            continue
        start = tok.i
        while (
            start > tok.left_edge.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
        ):
            start -= 1
        run = doc[start : tok.i + 1]
        if not 2 <= len(run) <= 3 or any(t.ent_type_ in _OTHER_NAMES for t in run):
            continue
        words = [names.fold(t.text).lower() for t in run]
        if any(not t.text[:1].isupper() or not t.is_alpha for t in run):
            continue
        if any(w in INSTITUTION_HEADS or w in OUTLET_WORDS or w in names.title_words() for w in words):
            continue
        if any(names.is_state_word(t.text) for t in run):
            continue
        out.append(run)
    return out


def owner_before_of(idx: PartyIndex, poss: Token) -> Party | None:
    """The person whose phrase ends in "of" + the possessor: "President A of Norland's letter" (A's, not
    Norland's), "the Chief of Cabinet's letter" (the chief's: the parser hangs the letter on "of" and
    gives it the cabinet as its owner)."""
    of = idx.doc[poss.i - 1] if poss.i >= 2 else None
    if of is None or of.lower_ != "of":
        return None
    before = idx.doc[of.i - 1]
    if before.i in idx.tok2party:
        named = idx.parties[idx.tok2party[before.i]]
        return named if named.ptype == "person" else None
    if before.pos_ in ("NOUN", "PROPN") and _head_word(before) in ROLE_HEADS and of.head.i == before.i:
        np = names.strip_leading_article(clean_np(idx.doc[before.left_edge.i : poss.i + 1].text))
        holder = idx.resolve_role(before, np=np)
        if holder is not None and holder.ptype == "person" and not role_only(holder):
            return holder  # "the Chief of Cabinet's letter" after "Chief of Cabinet A B": A B's
        return office_party(idx, np, before.i)  # the office, named as the report writes it
    return None


def office_party(idx: PartyIndex, np: str, at: int) -> Party:
    """The party of an office no name holds here, named as written ("Chief of Cabinet", "Duke of Parma")."""
    office = next((p for p in idx.live() if p.ptype == "person" and p.name == np), None)
    office = office or idx._new(np, "person", at)
    if np not in office.roles:
        office.roles.append(np)
    return office


def officers_apposed(idx: PartyIndex, subjects: list[Token]) -> list[Token]:
    """'The League of Kessel's Commissioner for Human Rights, A B, has written': the parser made the body the
    subject and hung the name on it; an office the body possesses between them (a title word) makes the
    person named after it the one who acts: each such subject is given as its apposed name."""
    return [_officer_apposed(idx, s) or s for s in subjects]


def _officer_apposed(idx: PartyIndex, subj: Token) -> Token | None:
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), None)
    if appos is None or subj.ent_type_ == "PERSON":
        return None
    between = subj.doc[subj.i + 1 : appos.left_edge.i]
    if not any(t.dep_ == "case" for t in between):
        return None  # "the Board, Ana Lind and Piet Dorn": a list, no office owned
    if not any(_head_word(t) in ROLE_HEADS for t in between if t.text[:1].isupper()):
        return None
    who = idx.party_at(appos)
    return appos if who is not None and who.ptype == "person" else None
