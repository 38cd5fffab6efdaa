"""Getting in touch told by "reach out": "A reached out to B on Sunday", "A reached out to congratulate
B", "leaders including A, C and D had reached out to congratulate him" (one act of each member a group
lists), "A reached out to B by phone" (a call). The phrase names no medium: it is a message unless the
sentence marks it as made by phone, and it is left to the noun when one is named ("reached out to B in
a letter"). Not what is planned or refused ("will reach out to B", "declined to reach out"), nor a hand
reached out, nor "reached out to voters" (no party).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_of
from .arguments import ArgumentFiller
from .calls_each import one_each, purpose_addressees
from .draft import Draft
from .lexicon import blocked, noun_kind
from .members import group_of_members
from .syntax import _phone_marked


def reached_out(tok: Token) -> bool:
    """The verb 'reach' with its particle 'out' ('reached out', 'has reached out', 'reaching out')."""
    return (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() == "reach"
        and any(c.lower_ == "out" and c.dep_ in ("prt", "advmod") for c in tok.children)
        and not blocked(tok)
    )


class ReachOut(ArgumentFiller):
    def _from_reach_out(self, verb: Token) -> None:
        sent = sent_of(verb)
        if any(noun_kind(t) not in (None, "call") for t in sent if t.pos_ in ("NOUN", "PROPN")):
            return  # "reached out to B in a letter": the noun tells the act
        phone = _phone_marked(verb) or any(noun_kind(t) == "call" for t in sent if t.pos_ == "NOUN")
        to = self._prep_parties(verb, ("to",)) or [
            p for o in purpose_addressees(verb) for p in self._conj_parties(o)
        ]  # "reached out to congratulate him"
        subj = self._subjects(verb)
        if not to or not subj:
            return
        senders = subj if group_of_members(verb) and len(subj) > 1 else one_each(verb, subj)
        for s in senders:
            for r in to:
                if r is not s:
                    d = self._add(Draft("call" if phone else "message", verb, s, [r], verb=verb))
                    d.distinct = len(senders) > 1 or len(to) > 1
