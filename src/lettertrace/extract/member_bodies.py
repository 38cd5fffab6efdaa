"""Words around a party that are no party of their own: a quoted kind of letter ("a 'Dear Colleague'
letter"), the members of a body acting as the body ("members of the X Association", "a group of students
from the X School")."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import pobjs


def quoted_owner(owner: Token) -> bool:
    """'sends \'Dear Colleague\' letter': words in quotation marks that name a kind of letter, their closing
    mark read as a possessive."""
    doc = owner.doc
    left = owner.left_edge.i
    closing = [c for c in owner.children if c.dep_ == "case" and c.text in ("'", "’")]
    return bool(closing) and left > 0 and doc[left - 1].text in ("'", "‘", "`", "``")


# Houses whose members act each for themselves ("members of parliament", "members of the Senate").
LEGISLATURES = frozenset({"parliament", "congress", "senate", "house", "assembly", "legislature", "chamber"})


def members_as_body(tok: Token) -> bool:
    """'members of the X Association': the body's members acting as the body (not members of a house of
    parliament, who act each for themselves)."""
    if tok.lemma_.lower() != "member":
        return False
    of = pobjs(tok, "of")
    return bool(of) and of[0].lemma_.lower() not in LEGISLATURES


# Nouns of a group told by what its members are ("a group of students", "a team of young engineers").
GROUP_NOUNS = frozenset({"group", "team", "class", "delegation"})
# The words that tie members to the body they belong to ("students of / from / at the X School").
MEMBER_PREPS = ("of", "from", "at")


def members_of_group(tok: Token) -> list[Token]:
    """'a group of young scholars from the X University': the members a group noun is made of."""
    if tok.lemma_.lower() not in GROUP_NOUNS:
        return []
    return [g for g in pobjs(tok, "of") if g.tag_ in ("NNS", "NNPS")]


def members_and_ties(tok: Token) -> list[tuple[Token, tuple[str, ...]]]:
    """Each word naming members, with the words that tie it to its body: a plural and those joined to it by
    any of :data:`MEMBER_PREPS`; the members of a group noun by 'from' or 'at' only ("a group of critics of
    the X Union" are no members of it)."""
    own = [(t, MEMBER_PREPS) for t in (tok, *tok.conjuncts)]
    return own + [(t, ("from", "at")) for t in members_of_group(tok)]
