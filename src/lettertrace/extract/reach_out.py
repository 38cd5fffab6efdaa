"""Getting in touch told by "reach out": "A reached out to B on Sunday", "A reached out to congratulate
B", "leaders including A, C and D had reached out to congratulate him" (one act of each member a group
lists), "A reached out to B by phone" (a call). The phrase names no medium: it is a message unless the
sentence marks it as made by phone (then the phone's own pattern tells the call), and it is left to the noun
or the verb of calling when one is named ("reached out to B in a letter", "reached out to B, calling him").
Not what is planned or refused ("will reach out to B", "declined to reach out"), nor a hand reached out,
nor "reached out to voters" (no party), nor a reporter's inquiry ("reached out to B for comment").
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


_CALLING = frozenset({"call", "phone", "telephone", "ring", "dial", "speak", "talk"})
_ASKING_COMMENT = frozenset({"comment", "reaction", "response", "respond"})


class ReachOut(ArgumentFiller):
    def _from_reach_out(self, verb: Token) -> None:
        sent = sent_of(verb)
        if any(noun_kind(t) is not None for t in sent if t.pos_ in ("NOUN", "PROPN")) or _phone_marked(verb):
            return  # "reached out to B in a letter", "... by phone": the noun or the marker tells the act
        if any(t.lemma_.lower() in _CALLING for t in sent if t.pos_ == "VERB"):
            return  # "reached out to B on Monday, calling him to offer condolences": the call, told once
        if any(t.lemma_.lower() in _ASKING_COMMENT for t in sent):
            return  # "The Post reached out to B for comment": a reporter's inquiry, no correspondence
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
                    d = self._add(Draft("message", verb, s, [r], verb=verb))
                    d.distinct = len(senders) > 1 or len(to) > 1
