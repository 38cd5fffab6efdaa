"""A letter passed on by the one it was sent to: 'B forwarded a copy of A's letter to C', 'B sent A's letter
on to C'. What goes to C is B's (a covering note or despatch), not A's letter a second time: one who had
received the letter is no courier of it. A carrier who was never its addressee ('the ambassador forwarded
the President's letter to the ministry') stays a courier, read elsewhere."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import ArgumentFiller
from .told_in import COPY_NOUNS

FORWARD_VERBS = frozenset({"forward", "send", "pass", "transmit", "circulate", "refer"})


class ForwardedCopies(ArgumentFiller):
    def _forwarded_by_addressee(self) -> None:
        for d in list(self.drafts):
            verb = _forwarding_verb(d.trigger)
            if verb is None or d.sender is None or not d.recipients:
                continue
            subj = self._subjects(verb)
            forwarder = subj[0] if subj else None
            if forwarder is None or forwarder is d.sender or forwarder in d.recipients:
                continue
            received = any(
                o is not d
                and o.sender is d.sender
                and forwarder in o.recipients
                and o.trigger.i < d.trigger.i
                for o in self.drafts
            )
            if received:
                d.sender = forwarder
                d.distinct = True  # never the letter it passes on


def _forwarding_verb(t: Token) -> Token | None:
    """The verb of forwarding whose object is the letter ``t`` or a copy of it ("forwarded a copy of A's
    letter to C"); None otherwise."""
    obj = t
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in COPY_NOUNS:
        obj = t.head.head
    if obj.dep_ != "dobj" or obj.head.lemma_.lower() not in FORWARD_VERBS:
        return None
    verb = obj.head
    if (
        verb.lemma_.lower() in ("send", "pass")
        and not any(c.lower_ == "on" for c in verb.children)
        and obj is t
    ):
        return None  # "B sent A's letter to C" is B's letter only as "sent it on", or a copy of it
    return verb
