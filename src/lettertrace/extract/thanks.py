"""Thanks that name an earlier communication's sender: 'B thanked A for his letter', 'B thanked A for
sending him a message of sympathy', 'B expressed thanks to A for the congratulatory message' (A wrote to B,
before). The registry in :mod:`lettertrace.extract.patterns` says when it runs."""

from __future__ import annotations

from spacy.tokens import Token

from .argument_checks import sent_by_another
from .arguments import ArgumentFiller
from .draft import Draft
from .lexicon import noun_kind
from .noun_groups import counted_comm
from .speech_words import THANKS_NOUNS
from .syntax import GREETING_NOUNS, _is_name_like


class ThanksFor(ArgumentFiller):
    """The thanks finder, and the object lookup the other finders of :mod:`acts` share."""

    def _dobj(self, verb: Token, test: str) -> Token | None:
        for c in verb.children:
            if c.dep_ != "dobj" and not (test == "comm" and c.dep_ == "nsubjpass"):
                continue
            if test == "greeting" and c.lemma_.lower() in GREETING_NOUNS:
                return c
            if test == "comm" and (noun := counted_comm(c)) is not None:
                return noun  # "exchanged a series of letters": the letters
            if test == "party" and _is_name_like(c):
                return c
        return None

    def _from_thanks(self, verb: Token) -> None:
        # 'expressed thanks to B for ...', 'conveyed his gratitude to B for ...' read as 'thanked B for ...'
        thanks = None
        if verb.lemma_.lower() != "thank":
            thanks = next(
                (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in THANKS_NOUNS), None
            )
            if thanks is None:
                return
        heads = [verb, thanks] if thanks is not None else []
        to = next((g for h in heads for c in h.children if c.lower_ == "to" for g in c.children), None)
        obj = self._dobj(verb, "party") if thanks is None else to
        subj = self._subjects(verb)
        if obj is None or not subj:
            return
        thing = next(
            (
                _sent_by_gerund(g)
                for c in [*verb.children, *(thanks.children if thanks is not None else [])]
                if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children
                if g.dep_ in ("pobj", "pcomp")
            ),
            None,
        )
        if (
            thing is None
            or sent_by_another(thing)
            or any(self._party(g) is not subj[0] for g in _sent_to(thing))
        ):
            return  # "thanked B for the letter the students had sent her": the students'
        sent = thing.head.tag_ == "VBG" and thing.dep_ == "dobj"  # "for sending her a message": B sent it
        if self._taken(thing) and not sent:
            return
        kind = noun_kind(thing)
        if kind is None and thing.lemma_.lower() not in GREETING_NOUNS:
            return
        sender = self._party(obj)
        if obj.lower_ in ("him", "her") and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VB":
            # "A has written to B (phoned B) to thank him for his message": 'him' is B
            written = [*self._prep_parties(verb.head, ("to",)), *self._dative(verb.head)]
            written += [
                p for c in verb.head.children if c.dep_ == "dobj" and (p := self._party(c)) is not None
            ]
            sender = written[0] if len(written) == 1 else sender
        if sender is None or sender is subj[0]:
            return
        self.drafts = [d for d in self.drafts if d.trigger.i != thing.i]  # the gerund's subject is B, not A
        d = self._add(Draft(kind or "message", thing, sender, [subj[0]], verb=None))
        d.answered = True


def _sent_to(thing: Token) -> list[Token]:
    """Who the thing thanked for was sent to, named after 'to' ("for sending a message to the rebels", "for
    his letter to the United Nations"; not "to her", the one who thanks)."""
    heads = [thing, thing.head] if thing.head.tag_ == "VBG" else [thing]
    to = [
        g
        for h in heads
        for c in h.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for g in c.children
    ]
    return [g for g in to if g.pos_ != "PRON"]


def _sent_by_gerund(g: Token) -> Token:
    """'thanked B for sending her a message of sympathy': what the gerund of sending or writing sent."""
    if g.tag_ == "VBG" and g.lemma_.lower() in ("send", "write", "convey", "extend", "address"):
        return next((c for c in g.children if c.dep_ == "dobj"), g)
    return g
