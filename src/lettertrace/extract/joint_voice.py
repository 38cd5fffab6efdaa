"""'A and B wrote to C on Monday. "...," they wrote.': the 'they' of a quote's writing verb right after a
letter its writers signed together is that letter's voice, told under its sender (the first signer)."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_number
from .draft import Draft
from .lexicon import cues, noun_kind
from .mentions import Party
from .reply_checks import object_of


def joint_writers(drafts: list[Draft], offset: int, verb: Token) -> Party | None:
    """The sender of the letter told in this or the sentence before the quote at ``offset`` when several
    wrote it together ("A and B wrote", "in a joint letter"); None for any other 'they wrote'."""
    from .speakers import draft_before

    if verb.lemma_.lower() != "write":
        return None
    d = draft_before(drafts, offset)
    if d is None or d.kind == "call" or d.sender is None or sent_number(d.trigger) < sent_number(verb) - 1:
        return None
    if any(
        c.dep_ == "prep" and (o := object_of(c)) is not None and noun_kind(o) is None for c in verb.children
    ):
        return None  # '"...," they wrote in an op-ed': another text
    head = d.verb if d.verb is not None else d.trigger
    writing = head.lemma_.lower() in {*cues()["write_verbs"], *cues()["send_verbs"]}
    subjects = [c for c in head.children if c.dep_ == "nsubj"] if writing else []  # not "A and B received"
    joint = any(s.conjuncts for s in subjects) or any(c.lower_ == "joint" for c in d.trigger.children)
    return d.sender if joint else None
