"""'Letter' in the sense of the exact wording of a rule, not a text sent: "the letter of the law", "the letter
and the spirit of the agreement", "the spirit and letter of the Constitution", "to the letter"."""

from __future__ import annotations

from spacy.tokens import Token

# What has a letter (its wording) and a spirit: laws, treaties and rules.
RULES = frozenset(
    "law laws constitution agreement agreements treaty treaties rule rules regulation regulations accord"
    " accords charter resolution resolutions statute statutes code convention covenant".split()
)


def letter_of_a_rule(tok: Token) -> bool:
    """``tok`` is 'letter' naming the wording of a law or a treaty ("the letter of the law", "the spirit and
    letter of the accord", "followed the rules to the letter")."""
    if tok.lemma_.lower() != "letter" or tok.tag_ == "NNS":
        return False
    heads = [tok, *(c for c in tok.conjuncts)]
    if any(h.lemma_.lower() == "spirit" for h in heads):
        return True  # "the letter and (the) spirit of ..."
    of = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if any(g.dep_ == "pobj" and g.lemma_.lower() in RULES for g in of):
        return any(c.lower_ == "the" for c in tok.children)  # not "sent a letter of agreement to B"
    to = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else None
    bare = all(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return (
        to is not None and bare and to.head.lemma_.lower() in _KEEPING
    )  # "followed the rules to the letter"


_KEEPING = frozenset({"follow", "obey", "apply", "implement", "respect", "observe", "execute", "comply"})
