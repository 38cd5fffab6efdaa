"""Returned calls: 'B returned the call', 'B returned A's call' (B called A back)."""

from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft
from .reply_targets import ReplyTargets


class ReturnedCalls(ReplyTargets):
    """'B returned the call', 'B returned A's call', 'B returned a phone call from A': B called A back."""

    def _returned_call(self, noun: Token, kind: str) -> bool:
        """Add B's call to A, in answer to A's call to B the report told of, when ``noun`` is the object of
        'return'; whether it did."""
        verb = noun.head
        if kind != "call" or noun.dep_ != "dobj" or verb.lemma_.lower() != "return" or verb.pos_ != "VERB":
            return False
        callers = self._subjects(verb)
        if len(callers) != 1:
            return False
        caller = callers[0]
        other, _ = self._noun_parties(noun, kind)  # "A's call", "a phone call from A"
        calls = [
            d
            for d in self.drafts
            if d.kind == "call"
            and d.trigger.i < noun.i
            and any(r.key == caller.key for r in d.recipients)
            and d.sender is not None
            and (other is None or d.sender.key == other.key)
        ]
        answered = max(calls, key=lambda d: d.trigger.i, default=None)
        other = other or (answered.sender if answered is not None else None)
        if other is None or other.key == caller.key:
            return False
        d = self._add(Draft(kind="call", trigger=noun, sender=caller, recipients=[other], verb=verb))
        d.reply_to = answered
        return True
