"""What a verb of answering answers when it is no letter and no person: "replying to the appeal"."""

from __future__ import annotations

from spacy.tokens import Token

from .mentions import ROLE_HEADS, _head_word
from .syntax import to_preps

ANSWERABLE = ("greeting", "message", "letter", "note", "congratulation", "condolence")  # what one replies to


def _answers_a_thing(verb: Token) -> bool:
    """'replying to the appeal', 'responded to the criticism': what is answered is a common noun that
    names no letter and no person ('replied to the minister' answers what the minister sent)."""
    objs = [g for p in to_preps(verb) for g in p.children if g.dep_ == "pobj"]
    return bool(objs) and all(
        g.pos_ == "NOUN" and g.lemma_.lower() not in ANSWERABLE and _head_word(g) not in ROLE_HEADS
        for g in objs
    )
