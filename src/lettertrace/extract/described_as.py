"""'A and B held what officials described as a productive telephone conversation', 'A had what was called a
frank call with B': a noun given as what a free relative ('what') is described as stands for the object of
the verb the free relative fills, as if written 'held a telephone conversation'."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that hold an act the free relative describes ("held what was described as a call"); not those that
# pass a text around ("circulated what was described as a letter from A": perhaps no letter at all).
HOLDING = frozenset({"hold", "have", "conduct", "make", "place", "send", "write"})
# Verbs that give a name to what a free relative stands for ("what was described as X").
DESCRIBING = frozenset({"describe", "call", "term", "characterise", "characterize", "dub", "label", "bill"})


def described_object_of(tok: Token) -> Token | None:
    """The verb whose object the free relative 'what ... described as <tok>' is, where it has no other."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "as" or tok.head.dep_ != "prep":
        return None
    described = tok.head.head
    if described.lemma_.lower() not in DESCRIBING or described.dep_ not in ("ccomp", "dobj", "xcomp"):
        return None
    if not any(
        c.tag_ == "WP" and c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in described.children
    ):
        return None
    verb = described.head
    if verb.lemma_.lower() not in HOLDING or any(
        c.dep_ == "dobj" and c.i != described.i for c in verb.children
    ):
        return None
    return verb
