"""'The Speaker told the House that he had received a letter': the 'he' or 'she' of what a role or a named
person reports of themself."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .. import names
from .mentions import INSTITUTION_HEADS, ROLE_HEADS, Party, _head_word


def reporter_of(res: Any, tok: Token) -> Party | None:
    """'The Speaker told the House that he had received a letter': the subject of what a role reports
    of itself is that role, named or not (a role no name holds is a party of its own)."""
    if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return None
    subjects = [c for c in tok.head.head.children if c.dep_ == "nsubj" and c.i < tok.i]
    reporter = subjects[-1] if subjects else None  # "UN Special Rapporteur ... A said she": A
    if reporter is None or reporter.pos_ != "NOUN" and reporter.pos_ != "PROPN":
        return None
    if (
        reporter.pos_ == "PROPN"
        and reporter.ent_type_ in ("", "PERSON", "ORG")
        and _head_word(reporter) not in INSTITUTION_HEADS
        and tok.head.head.lemma_ == "say"
    ):
        # "A said he had received a call from B": A, named here though maybe nowhere else; "UN Special
        # Rapporteur A said she had written": A, not the office
        found = res._person_in_subtree(reporter) or res.party_at(reporter)
        named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in reporter.children)
        titled = any(names.fold(t.text) in names.title_words() for t in reporter.subtree)
        if found is not None:
            return found
        if named and not titled:
            return res.named_party(reporter)
    if _head_word(reporter) not in ROLE_HEADS or not any(
        c.lower_ == "the" or c.dep_ == "poss" for c in reporter.children
    ):
        return None
    return res.party_at(reporter) or res.new_role_party(reporter)
