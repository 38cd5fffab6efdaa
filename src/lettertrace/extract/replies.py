"""Reply triggers: what a new act answers, read as the report is walked (links after merging: ``answered.py``)."""

from __future__ import annotations

from spacy.tokens import Token

from .addressed_reply import addressed_told_reply
from .answered_things import ANSWERABLE, _answers_a_thing, keep_answered_letter
from .bare_replies import BareReplies
from .draft import Draft
from .lexicon import blocked, cues, noun_kind
from .mentions import Party
from .merge_writers import head_of_body, role_only
from .reply_calls import reply_of_a_call
from .reply_checks import (
    _reply_at_hand,
    _statement_in_response,
    acknowledged,
    answerable,
    answered_one,
    carries_reply,
    dated_reply,
    for_someone,
    it_is_the_letter,
    of_a_day,
    passive_fact,
    replying_letter,
    the_reply,
    unowned_reply_of,
)
from .reply_each import answered_each, joint_signers, writer_preps
from .reply_phrases import (
    _described_otherwise,
    _first_kind,
    _may_hold,
    _none_of,
    _pronoun_subject,
    _shown_to,
    _together_with,
    in_event,
    in_person,
    purposed,
    teller_responds,
    written_reply,
)
from .syntax import _first, _own_kind_noun, _poss_is_pronoun, _possessed_comm, _uniq, _verb_of, to_preps


class ReplyTriggers(BareReplies):
    """Replies: 'replied to X's letter', 'in response to a letter by X', 'the Leader's response to ...'."""

    def _from_reply_verb(self, verb: Token) -> None:
        if any(_none_of(c) for c in verb.children if c.dep_ in ("dobj", "prep")):
            return  # "He answered neither letter", "replied to none of them": no reply
        said = next(
            (
                c
                for c in verb.children
                if c.dep_ == "nsubj" and (self._taken(c) or the_reply(c) or it_is_the_letter(c))
            ),
            None,
        )
        participle = said is None and verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG"
        if participle:
            said = replying_letter(verb, self._taken)  # "a letter from A to B, responding to her letter"
        if said is not None:  # "B's reply to A responds to a letter she sent him": the reply told before
            noun = next(
                (g for p in to_preps(verb) for g in p.children if g.dep_ == "pobj" and answered_one(g)), None
            )
            if noun is None and verb.lemma_.lower() == "answer":
                noun = next((c for c in verb.children if c.dep_ == "dobj" and answerable(c)), None)
            if noun is not None or not participle:  # else read as any reply verb ("responding to a note")
                self._told_answers(said, noun)
                return
        subj = self._repliers(verb)
        if not subj:
            return
        target_noun = None
        for prep in to_preps(verb):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if noun_kind(pobj) or pobj.lemma_ in ANSWERABLE or answered_one(pobj):  # "to the one A sent"
                    target_noun = pobj
                target_noun = target_noun or _possessed_comm(pobj)
        if target_noun is None and verb.lemma_.lower() == "answer":
            # "B answered A's letter": the answered letter is the object
            target_noun = next((c for c in verb.children if c.dep_ == "dobj" and answerable(c)), None)
            appos = [a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"]
            target_noun = target_noun or _first_kind(appos)  # "answering his counterpart A's letter"
        target_noun = target_noun or acknowledged(verb)  # "B acknowledged (receipt of) A's letter"
        own_noun = _own_kind_noun(verb)
        if target_noun is None and _answers_a_thing(verb):
            return  # "replying to the President's appeal": an answer to what was said, not to a letter
        if target_noun is None and own_noun is None:
            if not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
                self._bare_reply(verb, subj[0])
                return
        undone = blocked(verb)  # "B has yet to reply to A's letter": A's letter exists, B's reply not
        if undone and target_noun is None:
            return
        if target_noun is not None and not undone and self._answer_each(target_noun, verb, subj[0]):
            return  # "B replied to the letters of A and C": one reply each
        if target_noun is not None:  # "Answering his letter, A wrote to B": his is B
            target = self._reply_target(target_noun, subj[0], _first(self._main_addressees(verb)))
        else:
            written = own_noun is not None and noun_kind(own_noun) != "call"
            target = self._relative_target(verb, subj[0]) or self._latest_to(subj[0], written)
            target = target or self._answered_via_address(verb, subj[0])
        if target is None or undone or in_person(verb):
            return  # "B responded in person to A's letter": A's letter is told, no written reply
        kind = noun_kind(own_noun) if own_noun is not None else None
        if target.kind == "call" and kind in (None, "call"):
            return  # answering inside a call is a turn of that call, not another act
        kind = kind or target.kind  # a reply in no named medium answers in the medium it was written to
        named = self._prep_parties(own_noun, ("to",)) if own_noun is not None else []  # "with a call to B"
        acls = [c for c in own_noun.children if c.dep_ == "acl"] if own_noun is not None else []
        named = named or [
            p for c in acls for p in self._prep_parties(c, ("to",))
        ]  # "a letter addressed to B"
        named = named or [
            p for p in self._prep_parties(verb, ("to",)) if p.ptype == "person" and p is not subj[0]
        ]
        recips = named[:1] or joint_signers(self, target_noun, subj[0]) or [p for p in [target.sender] if p]
        if own_noun is not None and self._taken(own_noun):
            d = next(x for x in self.drafts if x.trigger.i == own_noun.i)
            d.reply_to = d.reply_to or target
            d.sender = d.sender or subj[0]  # "B replied by email": the noun's draft is B's answer to A
            if not d.recipients and target.sender is not None and target.sender is not d.sender:
                d.recipients = [target.sender]
            return
        if not answered_each(self, own_noun, subj[0], verb):  # "B responded with cables of thanks to A, C, D"
            self._add(Draft(kind, own_noun or verb, subj[0], recips, verb=verb)).reply_to = target

    def _from_reply_noun(self, noun: Token) -> None:
        """A reply told by its noun (:meth:`_read_reply_noun`); a body's reply its head is the subject of
        ("In the Commission's reply, Commission President A wrote") is A's."""
        self._read_reply_noun(noun)
        verb = _verb_of(noun)
        head = _first(self._subjects(verb)) if verb is not None and noun.head.lower_ == "in" else None
        for d in (d for d in self.drafts if d.trigger.i == noun.i and head is not None):
            d.sender = head if d.sender and head and head_of_body(d.sender, head) else d.sender

    def _read_reply_noun(self, noun: Token) -> None:
        """'In response to a letter by X, Y said' / 'The Leader's response to a letter by X'."""
        tos = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
        target_noun = next(
            (g for g in tos if g.dep_ == "pobj" and answered_one(g)), None
        )  # the first answered
        if noun.dep_ == "compound" and noun_kind(noun.head):
            return  # "a reply message": the message is the reply (triggers._from_noun)
        if noun.dep_ == "attr" and (said := next((c for c in noun.head.children if c.dep_ == "nsubj"), None)):
            if self._taken(said):  # "B's letter, dated June 2, is a response to A's letter of May 19"
                self._told_answers(said, target_noun)
                return
        author = self._author(noun)  # "a reply from B", "the reply, signed by B"
        if author is not None and blocked(noun):
            return  # "the file holds no written answer of B": none is known
        replier = self._poss(noun) or author
        verb = _verb_of(noun)
        if replier is None and target_noun is None and (again := addressed_told_reply(noun, self.drafts)):
            whom = [p for p in [self._party(again[1])] if p is not None]
            self._add(Draft(again[0].kind, noun, None, whom, anaphoric=True))
            return  # "The reply, addressed to C, ...": the reply just told, to C
        if (
            replier is None
            and target_noun is None
            and (last := unowned_reply_of(noun, self.drafts)) is not None
        ):
            # "A wrote to B in April. The response, dated May 28, said ...": B's answer
            self._unowned_reply(noun, last)
            return
        if replier is None and target_noun is None and self._reply_sent_to(noun, verb):
            return  # "B turned the plan down in a reply sent to A on Monday"
        if (
            target_noun is None
            and verb is not None
            and (noun.dep_ in ("dobj", "nsubjpass") or noun.head.lower_ == "in")
        ):
            target_noun = next(  # "A received a reply from B to his letter", 'to' hung on the verb
                (
                    g
                    for c in verb.children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children
                    if g.dep_ == "pobj" and noun_kind(g) and g.i > noun.i
                ),
                None,
            )
        sent = verb is not None and verb.lemma_.lower() in {*cues()["send_verbs"], *cues()["write_verbs"]}
        fixed = False
        if (
            verb is not None
            and _poss_is_pronoun(noun)
            and (noun.dep_ == "pobj" or noun.dep_ == "dobj" and sent)
        ):
            shown = [p for c in _shown_to(noun, verb) for p in self._conj_parties(c)][:1]
            subj = shown or self._subjects(verb)  # "Counsel took B to his reply": the one taken to it
            replier = subj[0] if subj else replier  # "In her reply, B thanked A", "B sent her reply"
            fixed = bool(shown)
        if (
            replier is not None
            and _poss_is_pronoun(noun)
            and (
                verb is None
                or _pronoun_subject(verb)
                or noun.dep_ in ("dobj", "pobj")
                and replier not in self._subjects(verb)
            )
        ):  # (not "Her answer was written ...": the subject is the reply told before, whoever wrote last)
            before = replier  # "A wrote to B. In her reply, she said": B's
            replier = self._not_the_writer(replier, noun)
            fixed = fixed or replier is not before
        owned = replier is not None and (
            fixed or self._poss(noun) is replier
        )  # the reply's owner, named or meant
        if verb is not None and not _together_with(noun) and carries_reply(verb):
            self._link_sent_reply(verb, target_noun)
            return  # "sent a cable in reply": the cable is the reply
        if reply_of_a_call(self, noun, verb, target_noun):
            return  # "In response, B phoned A", "described the call as a response to A's letter"
        own = _own_kind_noun(verb) if verb is not None and not _together_with(noun) else None
        if own is not None:
            if noun.dep_ == "nsubj" and replier is not None and not self._taken(own):
                # "B's response came in a letter on Tuesday": the letter answers what B was sent
                target = self._answered_letter(replier, noun)
                if target is not None and target.sender is not None:
                    d = self._add(Draft(noun_kind(own) or "letter", own, replier, [target.sender], verb=verb))
                    d.reply_to = target
            return
        if replier is None and verb is not None and noun.dep_ == "pobj":
            subj = self._subjects(verb)
            replier = subj[0] if subj else None
            about = self._reply_told(verb) if replier is None and target_noun is not None else None
            if about is not None and about.sender is not None and target_noun is not None:
                # "The reply, dated June 19, was written in response to A's letter of June 11"
                answered = self._reply_target(target_noun, about.sender)
                if answered is not None and answered is not about and about.reply_to is None:
                    about.reply_to = answered
                return
        sent_reply = (
            verb is not None
            and not blocked(noun)  # not "B's reply was never sent"
            and noun.dep_ in ("dobj", "nsubjpass")
            and verb.lemma_.lower() in {*cues()["send_verbs"], *cues()["write_verbs"]}
        )
        if replier is None and sent_reply and verb is not None:
            # "A sent a reply to B's letter" / "a reply was sent by A to B's letter"
            subj = self._subjects(verb) if noun.dep_ == "dobj" else []
            replier = subj[0] if subj else self._prep_party(verb, writer_preps(verb))
            principal = self._on_behalf_of(noun)  # "The reply is signed on behalf of B by C": B's (not "C's,
            if principal is not None and (
                principal.ptype == "person" or replier is None
            ):  # for the government")
                replier = principal
        if replier is None and verb is not None and author is None:
            replier = self._answerer_of_receiver(noun, verb)  # "B wrote to A in May; she received a reply"
        if replier is None or in_event(noun) or verb is not None and in_event(verb):
            if replier is None and target_noun is not None:  # "A awaits a reply to her letter to B"
                keep_answered_letter(
                    self, target_noun, _first(self._subjects(verb)) if verb is not None else None, noun
                )
            return  # "B's response came in a speech", "B's reply at the press conference"
        if _statement_in_response(noun, verb):  # "In response to A's letter, B told reporters": no reply sent
            _ = target_noun is not None and self._reply_target(target_noun, replier)  # (A's letter to B was)
            return
        if target_noun is None and sent_reply:
            recips = self._listed(noun, ("to",))  # "sent a reply to B": what B last sent, not anyone
            target = self._answered_letter(replier, noun, recips[0]) if recips else self._latest_to(replier)
            if target is None:
                if recips:
                    d = self._add(Draft("letter", noun, replier, recips[:1], verb=verb))
                    d.distinct = True  # "A sent a reply to B": a reply to something unreported
                return
        elif target_noun is None:
            received = (
                verb is not None and noun.dep_ == "dobj" and verb.lemma_.lower() in cues()["receive_verbs"]
            )
            receiver = _first(self._subjects(verb)) if received and verb is not None else None
            if receiver is not None and receiver is replier:
                return  # a reply its own author received: a misreading of who is who
            if author is None and receiver is None:
                target = self._latest_to(replier)
            else:  # "A received a reply from B", "a reply from B arrived": B answers what A (or anyone) sent B
                target = self._answered_letter(replier, noun, receiver)
                if target is None and receiver is None:  # a letter to B whose writer a merge names
                    target = next((o for o in reversed(self.drafts) if replier in o.recipients), None)
                if target is None and receiver is not None:
                    self._add(Draft("letter", noun, replier, [receiver], verb=verb)).distinct = True
                if target is None:
                    return
            told = (
                author is not None
                or receiver is not None
                or noun.head.lower_ == "in"
                or (noun.dep_ == "nsubj" and owned)
                or (noun.dep_ == "nsubjpass" and owned and passive_fact(noun, verb))
                or (owned and (_reply_at_hand(noun) or of_a_day(noun)))
            )
            if (
                target is None
                and verb is not None
                and noun.dep_ == "nsubj"
                and verb.lemma_.lower() == "reach"
            ):
                # "A's reply, delivered by an envoy, reached B on Friday": a reply to something unreported
                reached = [p for c in verb.children if c.dep_ == "dobj" for p in self._conj_parties(c)]
                if reached and reached[0] is not replier:
                    d = self._add(Draft("letter", noun, replier, reached[:1], verb=verb))
                    d.reply_to = self._last_written_by(reached[0], noun)  # "A wrote ... B's reply reached A"
                    d.distinct = d.reply_to is None
                return
            if target is None and noun.dep_ in ("nsubj", "nsubjpass") and self._poss(noun) is replier:
                # "A's reply to B was read out": to something unreported (not "In his reply to B, A said")
                to = self._prep_parties(noun, ("to",))
                if to and to[0] is not replier:
                    self._add(Draft("letter", noun, replier, to[:1], verb=verb)).distinct = True
                elif not to and dated_reply(noun):  # "B's reply, dated 21 March 1876, is shorter"
                    d = self._add(Draft("letter", noun, replier, [], verb=None))  # its addressee: acts.py
                    d.distinct, d.anchors = True, [noun.head.i] * (noun.head.lemma_.lower() == "date")
                return
            if target is None and verb is not None and self._told_answer(noun, verb, replier) is not None:
                return
            if target is None and noun.head.lower_ == "in" and self._dated_reply_to(noun, replier, verb):
                return
            marks = written_reply(noun) if noun.head.lower_ == "in" else []  # "In a reply dated May 2 and
            written = marks or (  # addressed to B, A said"
                verb is not None and verb.lemma_.lower() in cues()["write_verbs"] and noun.head.lower_ == "in"
            )
            to = self._prep_parties(noun, ("to",)) + [
                x for m in marks for x in self._prep_parties(m, ("to",))
            ]
            if target is None and written and not to and verb is not None and purposed(verb, noun):
                to = [p for c in verb.children if c.dep_ == "dobj" for p in self._conj_parties(c)][:1]
            if target is None and written and (to := [p for p in to if p is not replier]):
                self._add(Draft("letter", noun, replier, to, verb=verb)).distinct = True  # one reply to all
                return  # "In his reply to B, A wrote that ...": to something unreported (spoken: "A said")
            if target is None or not told:
                return  # "In reply, B ..." / "B's reply said ...": the reply to what B was sent
        else:
            addressee = (
                _first(self._prep_parties(verb, ("to",)) + self._dative(verb)) if verb is not None else None
            )
            if (
                addressee is None
                and verb is not None
                and noun.dep_ == "dobj"
                and verb.lemma_.lower() in cues()["receive_verbs"]
            ):
                addressee = _first(
                    self._subjects(verb)
                )  # "A received a reply from B to the letter she sent him"
            target = self._reply_target(
                target_noun, replier, addressee
            )  # "wrote to B in response to his letter"
        if target is None or target.kind == "call":
            return  # "In response, B said ..." during a call is a turn of that call
        if verb is not None and (call := self._call_said_in(verb)) is not None:
            call.reply_to = call.reply_to or target  # "During the call, B conveyed his reply to A's letter"
            return
        kind = target.kind
        named = [p for p in self._prep_parties(noun, ("to",)) if p is not replier]  # "B's reply to A"
        if (
            target.sender is not None
            and role_only(target.sender)
            and named
            and _may_hold(named[0], target.sender)
            and not _described_otherwise(noun)
        ):
            target.sender = named[0]  # "replied to the message of the head of X. In his reply to B": B's
        recips = (
            [target.sender] if target.sender is not None else named[:1] or self._addressed_by(verb, replier)
        )
        d = self._add(Draft(kind, noun, replier, recips, verb=verb))
        d.reply_to = target

    def _author(self, noun: Token) -> Party | None:
        """Who a reply is from, named on the noun: 'a reply from B', 'the reply by B', 'the reply of B', 'the
        reply, signed by B'."""
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                found = self._pobj_parties(c)
                if found:
                    return found[0]
            if c.dep_ == "prep" and c.lower_ == "of":  # "the reply of the Secretary-General"
                found = [p for p in self._pobj_parties(c) if p.ptype == "person"]
                if found:
                    return found[0]
            if c.dep_ == "acl" and c.lemma_.lower() in ("sign", "send", "write", "pen"):
                p = self._prep_party(c, ("by",))
                if p is not None:
                    return p
        return None

    def _from_write_back(self, verb: Token) -> None:
        """'B wrote back (to A)', 'B cabled back': a reply to the letter B was sent (by A, when named)."""
        subj = self._repliers(verb)
        if not subj:
            return
        back = [c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back"]
        named = self._prep_parties(verb, ("to",)) + self._dative(verb)
        named += [p for b in back for p in self._prep_parties(b, ("to",))]
        recips = [r for r in _uniq(named) if r is not subj[0]]
        target = self._answered_letter(subj[0], verb, recips[0] if recips else None)
        if target is None and not recips:
            return  # "B wrote back" to one of several writers, or to none the report names
        if target is not None and not recips:
            recips = [target.sender] if target.sender is not None else []
        lem = verb.lemma_.lower()
        kind = "letter" if lem in cues()["write_verbs"] else str(cues()["medium_verbs"].get(lem, "message"))
        self._add(Draft(kind, verb, subj[0], recips, verb=verb)).reply_to = target

    def _reply_sent_to(self, noun: Token, verb: Token | None) -> bool:
        """'B rejected the plan in a reply sent to A', 'a reply addressed to A by B': a letter of B's to A
        answering what A last sent B (if the report told it); B is the clause's subject or the agent of
        the participle. Whether it was read so."""
        acl = next(  # "a reply, dated 3 June and addressed to A": the participle may be a conjunct
            (
                x
                for c in noun.children
                if c.dep_ == "acl"
                for x in [c, *c.conjuncts]
                if x.lemma_.lower() in cues()["send_verbs"]
            ),
            None,
        )
        if acl is None:
            return False
        to = self._prep_parties(acl, ("to",))
        by = self._prep_parties(acl, ("by",))
        writer = by[0] if by else None
        head = verb
        for _ in range(4):  # "B turned down a request to do X, in a reply sent to A": the one who turned
            if writer is not None or head is None:
                break
            writer = _first(self._subjects(head))
            head = None if head.dep_ == "ROOT" else head.head
        if writer is None or not to or to[0] is writer:
            return False
        target = self._answered_letter(writer, noun, to[0])
        if target is None and self._latest_to(writer) is not None:
            return False  # "In a reply delivered to A's office, B said": the reply to what B was sent
        d = self._add(Draft("letter", noun, writer, list(to), verb=acl))  # one reply to all it names
        d.reply_to, d.distinct = target, target is None
        return True

    def _answerer_of_receiver(self, noun: Token, verb: Token) -> Party | None:
        """'B, who had written to A in August, received a reply on Friday': a reply no one is named the author
        of, received by one who wrote to one addressee before, is that addressee's. Never a reply B has yet
        to receive, nor one whose receiver wrote to no one the report tells."""
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in ("receive", "get") or blocked(noun):
            return None
        if blocked(verb) or self._poss(noun) is not None or noun.lemma_.lower() not in ("reply", "response"):
            return None
        if noun.tag_ == "NNS" or any(
            c.dep_ in ("relcl", "acl", "amod")
            and c.lower_ != "dated"  # "a reply dated 9 May" is one
            or c.dep_ == "prep"
            and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
            for c in noun.children
        ):
            return None  # "a reply from the court", "a reply to her question", "the answer she wanted", "a cold reply"
        if any(t.lower_ == "from" for t in noun.subtree) or any(
            c.dep_ in ("prep", "agent") and c.lower_ in ("from", "in", "at", "to") for c in verb.children
        ):
            return None  # "received a reply from the ministry" hung on the verb, "in the poll"
        receiver = _first(self._subjects(verb))
        if receiver is None:
            return None
        last = self._last_written_by(receiver, noun)
        if last is None or len(last.recipients) != 1 or last.recipients[0].key == receiver.key:
            return None
        return last.recipients[0]

    def _repliers(self, verb: Token) -> list[Party]:
        """The subjects of a reply verb (of the clause a participle ends: "A told B that ..., responding to a
        letter B sent him"). A pronoun the report's names resolve to the writer of the last written act
        answers nobody: it is the one that act was sent to ('A wrote to B on Monday. He wrote back')."""
        subj = self._subjects(verb)
        if teller_responds(verb, bool(subj)):  # "A told B that X would act, responding to B's letter": A's
            subj = self._subjects(verb.head.head) or subj
        if acknowledged(verb) is not None and any(c.dep_ == "agent" for c in verb.children):
            subj = self._prep_parties(verb, ("by",)) or subj  # "the letter was acknowledged by B": B answers
        pron = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children)
        last = next((d for d in reversed(self.drafts) if d.kind != "call" and d.trigger.i < verb.i), None)
        if for_someone(verb):  # "his secretary replied on the Minister's behalf": the Minister answers
            principal = self._on_behalf_of(verb)
            if principal is None or principal in subj:  # "on his behalf": the one the letter was sent to
                principal = last.recipients[0] if last is not None and len(last.recipients) == 1 else None
            return [principal] if principal is not None else subj
        if (
            pron
            and len(subj) == 1
            and last is not None
            and last.sender is not None
            and len(last.recipients) == 1
        ):
            back = [c for c in verb.children if c.lower_ == "back"]  # "He wrote back to C": C wrote first
            to = self._prep_parties(verb, ("to",)) + [p for b in back for p in self._prep_parties(b, ("to",))]
            if subj[0].key == last.sender.key and all(p.key == last.sender.key for p in to):
                return [last.recipients[0]]
        return subj
