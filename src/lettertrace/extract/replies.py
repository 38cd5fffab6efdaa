"""Reply triggers and reply links: which earlier communication a new one answers."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import ArgumentFiller
from .draft import Draft
from .lexicon import cues, noun_kind
from .mentions import Party
from .syntax import _first, _own_kind_noun, _verb_of


class ReplyTriggers(ArgumentFiller):
    """Replies: 'replied to X's letter', 'in response to a letter by X', 'the Leader's response to ...'."""

    def _from_reply_verb(self, verb: Token) -> None:
        subj = self._subjects(verb)
        if not subj:
            return
        target_noun = None
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if noun_kind(pobj) or pobj.lemma_ in (
                    "greeting",
                    "message",
                    "letter",
                    "congratulation",
                    "condolence",
                ):
                    target_noun = pobj
        own_noun = _own_kind_noun(verb)
        if target_noun is None and own_noun is None:
            if not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
                return
        target = (
            self._reply_target(target_noun, subj[0]) if target_noun is not None else self._latest_to(subj[0])
        )
        if target is None:
            return
        kind = noun_kind(own_noun) if own_noun is not None else None
        if target.kind == "call" and kind in (None, "call"):
            return  # answering inside a call is a turn of that call, not another act
        kind = kind or ("letter" if target.kind != "call" else "call")
        recips = [target.sender] if target.sender is not None else []
        if own_noun is not None and self._taken(own_noun):
            d = next(x for x in self.drafts if x.trigger.i == own_noun.i)
            d.reply_to = d.reply_to or target
            return
        d = self._add(Draft(kind, own_noun or verb, subj[0], recips, verb=verb))
        d.reply_to = target

    def _reply_target(self, noun: Token, replier: Party) -> Draft | None:
        kind = noun_kind(noun) or "letter"
        sender = self._poss(noun) or _first(
            [
                p
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in ("by", "from")
                for p in self._pobj_parties(c)
            ]
        )
        if sender is None:
            prev = self._latest_to(replier)
            return prev
        for d in reversed(self.drafts):
            if d.sender is sender and (not d.recipients or replier in d.recipients):
                return d
        target = self._add(Draft(kind, noun, sender, [replier], verb=None))
        target.answered = True
        return target

    def _from_reply_noun(self, noun: Token) -> None:
        """'In response to a letter by X, Y said' / 'The Leader's response to a letter by X'."""
        target_noun = None
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"):
            target_noun = next((g for g in prep.children if g.dep_ == "pobj" and noun_kind(g)), None)
        replier = self._poss(noun)
        verb = _verb_of(noun)
        if verb is not None and any(c.dep_ in ("dobj", "nsubjpass") and noun_kind(c) for c in verb.children):
            return  # "sent a cable in reply": the cable is the reply
        if verb is not None and _own_kind_noun(verb) is not None:
            return
        if replier is None and verb is not None and noun.dep_ == "pobj":
            subj = self._subjects(verb)
            replier = subj[0] if subj else None
        sent_reply = (
            verb is not None
            and noun.dep_ in ("dobj", "nsubjpass")
            and verb.lemma_.lower() in {*cues()["send_verbs"], *cues()["write_verbs"]}
        )
        if replier is None and sent_reply and verb is not None:
            # "A sent a reply to B's letter" / "a reply was sent by A to B's letter"
            subj = self._subjects(verb) if noun.dep_ == "dobj" else []
            replier = subj[0] if subj else self._prep_party(verb, ("by",))
        if replier is None:
            return
        if target_noun is None and sent_reply:
            target = self._latest_to(replier)
            if target is None:
                recips = self._listed(noun, ("to",))
                if recips:
                    d = self._add(Draft("letter", noun, replier, recips[:1], verb=verb))
                    d.distinct = True  # "A sent a reply to B": a reply to something unreported
                return
        elif target_noun is None:
            target = self._latest_to(replier)
            if target is None or noun.head.lower_ != "in":
                return
        else:
            target = self._reply_target(target_noun, replier)
        if target is None or target.kind == "call":
            return  # "In response, B said ..." during a call is a turn of that call
        kind = target.kind
        recips = [target.sender] if target.sender is not None else []
        d = self._add(Draft(kind, noun, replier, recips, verb=verb))
        d.reply_to = target

    def _latest_to(self, party: Party | None) -> Draft | None:
        if party is None:
            return None
        for d in reversed(self.drafts):
            if party in d.recipients:
                return d
        return None
