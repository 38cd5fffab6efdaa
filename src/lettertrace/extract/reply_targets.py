"""The communication a reply answers: named on the reply ('in response to his letter of 2 May'), told in a
relative clause ('the letter that A sent him'), or the latest one its writer was sent."""

from __future__ import annotations

from spacy.tokens import Token

from ..names import content_words
from . import reply_checks
from .arguments import ArgumentFiller
from .dated import _dated
from .draft import Draft
from .in_which import _in_which as says_which
from .lexicon import cues, noun_kind
from .mentions import Party
from .noun_groups import greeting_of
from .office_fit import officer_of_state, same_stem
from .quotescan import quote_spans
from .reduced import zero_relative
from .reply_checks import _answerers, from_after_one, got_by, one_before_name, participle_of_noun
from .reply_shapes import _medium_of, _own_subject_acl, _told_just_before
from .series import told_in_detail
from .syntax import (
    ADDRESS_VERBS,
    _definite,
    _first,
    _is_distinct,
    _passive,
    _poss_is_pronoun,
    _uniq,
    from_on_addressee,
    sentence_span,
)
from .thanked_for import thanked_for


class ReplyTargets(ArgumentFiller):
    """Find or make the communication a reply answers."""

    def _noun_trigger(self, tok: Token) -> None: ...  # the finder's (triggers.DraftFinder)

    def _not_the_writer(self, replier: Party, noun: Token) -> Party:
        """A pronoun's replier that is the writer of the last written act told, to one addressee, and was
        sent nothing the report tells, is that addressee: one answers what one was sent ("A wrote to B on
        Monday. In her reply, she said ..."), not oneself."""
        told = [d for d in self.drafts if d.kind != "call" and d.trigger.i < noun.i]
        if any(replier.key in {r.key for r in d.recipients} for d in told):
            return replier  # "B wrote to A ... In his response, he said": A was sent B's letter
        last = max(told, key=lambda d: d.trigger.i, default=None)  # the last told, not the last drafted
        if last is None or last.sender is None or len(last.recipients) != 1 or replier.key != last.sender.key:
            return replier
        return last.recipients[0]

    def _unowned_reply(self, noun: Token, last: Draft) -> None:
        """B's answer to ``last`` (A to B), told by an unowned 'the reply'; in the medium it came in when the
        report names one ("The answer came in the form of a telegram signed by B": that telegram)."""
        if last.sender is None:
            return
        replier = _answerers(last)[0]
        medium = _medium_of(noun.head)
        taken = next((d for d in self.drafts if medium is not None and d.trigger.i == medium.i), None)
        if taken is not None:
            if taken.sender not in (None, replier) or taken.recipients:
                return
            taken.sender, taken.recipients, taken.reply_to = replier, [last.sender], last
            return
        kind = noun_kind(medium) if medium is not None else last.kind
        self._add(Draft(kind or last.kind, noun, replier, [last.sender], verb=noun.head)).reply_to = last

    def _reply_target(self, noun: Token, replier: Party, addressee: Party | None = None) -> Draft | None:
        """The communication ``noun`` names as the one ``replier`` answers (told before, or made here); a
        letter the pronoun leaves to no one else is the one the reply's ``addressee`` sent ('A wrote to B
        in response to his letter')."""
        if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in noun.children):
            return None  # "would not answer any letter from A": no letter told
        kind = noun_kind(noun) or "letter"
        holders = [noun, *(c for c in noun.children if c.dep_ == "acl")]  # "a letter dated 1 March from A"
        holders += [c.head for c in from_after_one(noun)]  # "her reply to one from A", 'from' on the reply
        owner = self._poss(noun)
        if owner is replier and _poss_is_pronoun(noun) and not any(c.lower_ == "own" for c in noun.children):
            owner = None  # "B replied to his letter": the letter of another, whom the pronoun leaves open
        sender = owner or _first(
            [
                p
                for h in holders
                for c in h.children
                if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of")  # "a letter sent by A"
                for p in self._pobj_parties(greeting_of(c))  # "the message of congratulations of A"
                if c.lower_ != "of" or p.ptype == "person" and not p.group  # "the letter of A", not "of May"
            ]
        )
        sender = sender or _first([p for c in from_on_addressee(noun) for p in self._pobj_parties(c)])
        tos = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "to":  # "a reply to A's letter of 27 May to C": 'to C'
            tos += [
                c for c in noun.head.head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > noun.i
            ]
        named = [p for c in tos for p in self._pobj_parties(c)]
        to = named if named and replier not in named else [replier]  # the letter answered went to C
        if sender is None and (one := one_before_name(noun)) is not None:
            sender, noun, to = self._party(noun), one, self._sent_to(one.doc[one.head.i + 1], replier)
            if not to:
                return None  # "one Ms A sent to her own staff": not to the replier, to no one named
        if sender is None and (sender := self._relative_writer(noun, replier, addressee)) is not None:
            clause = next((c for c in noun.children if c.dep_ == "relcl" or _own_subject_acl(c)), None)
            if clause is not None:  # "the letter that A sent to C": to C
                to = self._sent_to(clause, replier) or to
        sender = sender or self._compound_person(noun)
        if sender is None and addressee is not None and addressee is not replier and _poss_is_pronoun(noun):
            sender = addressee
        if sender is None:  # (a body answers 'the letter' its head or government was sent: answered_for)
            return self._latest_to(replier) or reply_checks.answered_for(noun, replier, self.drafts)
        earlier = _is_distinct(noun)  # "responded to an earlier letter that A sent her": not the one told
        for d in reversed(self.drafts):
            if (
                d.sender is sender
                and (not d.recipients or any(r in d.recipients for r in to))
                and not earlier
            ):
                return d
        target = self._add(Draft(kind, noun, sender, to, verb=None))
        target.answered, target.distinct = True, earlier
        if noun.lower_ == "one" and noun.head.pos_ == "PROPN":  # its clause of sending dates it
            target.anchors.append(noun.head.i + 1)
        return target

    def _sent_to(self, verb: Token, replier: Party) -> list[Party]:
        """Whom a clause of sending names ('sent to C'), the replier where it names none or a group he is one
        of ('sent him', 'sent to all premiers'); none for a thing named ('to her staff', 'to the paper')."""
        named = [g for c in verb.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if not named:
            return [replier]
        party = self._party(named[0])
        if party is not None and party is not replier and not party.group:
            return [party]
        return [replier] if party is replier or named[0].tag_ in ("NNS", "NNPS") else []

    def _main_addressees(self, verb: Token) -> list[Party]:
        """Whom the clause a fronted participle of answering leans on addresses ("Answering his letter of
        3 May, A wrote to B": B)."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i > verb.head.i:
            return []
        return self._prep_parties(verb.head, ("to",)) + self._dative(verb.head)

    def _answered_writers(self, noun: Token, verb: Token, replier: Party) -> list[Party]:
        """The people whose letters (the plural ``noun``) ``replier`` answers: 'replied to the letters of A
        and B', 'to the letters which he had received from A, and from B' (the second 'from' hung on the
        reply's verb, which takes none of its own)."""
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
        preps += _received_from(noun)
        preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i]
        found = [p for prep in preps for p in self._pobj_parties(prep) if p.ptype == "person" and not p.group]
        return [p for p in _uniq(found) if p is not replier]

    def _answer_each(self, noun: Token, verb: Token, replier: Party) -> bool:
        """'B replied to the letters of A and C': one reply to each writer, each answering that writer's
        letter (told before, or made here). True when the noun names two writers or more."""
        writers = self._answered_writers(noun, verb, replier) if noun.tag_ in ("NNS", "NNPS") else []
        if len(writers) < 2:
            return False
        kind = noun_kind(noun) or "letter"
        for w in writers:
            target = next(
                (d for d in reversed(self.drafts) if d.sender is w and replier in d.recipients), None
            )
            if target is None:
                target = self._add(Draft(kind, noun, w, [replier], verb=None))
                target.answered = target.distinct = True
            reply = self._add(Draft(kind, verb, replier, [w], verb=verb))
            reply.reply_to, reply.distinct = target, True
        return True

    def _told_answers(self, said: Token, target_noun: Token | None) -> None:
        """'B's reply to A responds to a letter she sent him', 'B's letter is a response to the A letter of
        May 19': the communication told at ``said`` (a draft already) answers the one named."""
        told = next((d for d in self.drafts if d.trigger.i == said.i), None)
        if told is None or told.sender is None and told.anaphoric:  # "The letter answers the one A sent"
            told = next(
                (d for d in reversed(self.drafts) if d.sender is not None and d.trigger.i < said.i), None
            )
            told = told if told is not None and told.kind != "call" else None
        if target_noun is None or told is None or told.sender is None or told.reply_to is not None:
            return
        target = self._reply_target(target_noun, told.sender, _first(told.recipients))
        if (
            target is not None
            and target.sender is not None
            and target.reply_to is not None
            and target.reply_to.sender is told.sender
            and (_definite(said) or any(c.dep_ == "poss" for c in said.children))
        ):
            # "B answered A's letter. ... A's letter answered one that B sent in January": the letter told
            # again is the one B answered, so what it answers is an earlier letter of B's, not that answer
            target = self._add(Draft(target.kind, target_noun, target.sender, [told.sender], verb=None))
            target.answered = True
        if target is not None and target is not told and target.kind != "call":
            told.reply_to = target
            if told.trigger.i != said.i and said.i not in told.anchors:  # "The reply, dated 4 March, answers"
                told.anchors.append(said.i)  # the reply told again: its date words are the act's
                told.sentences.append(sentence_span(said))

    def _link_sent_reply(self, verb: Token, target_noun: Token | None) -> None:
        """'A sent a letter to B in response to his letter of 2 May': the letter sent (the verb's object,
        read before) answers B's letter, told before or made here."""
        described = participle_of_noun(verb)  # "a telegram from A, received in answer to B's letter"
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i > verb.i):
            self._noun_trigger(
                obj
            )  # "In response to A's letter, B sent him a letter": read the later one now
        sent = next(
            (
                d
                for d in self.drafts
                if (
                    d.trigger.dep_ in ("dobj", "nsubjpass")
                    and d.trigger.head.i == verb.i
                    or described is not None
                    and d.trigger.i == described.i
                )
                and d.sender is not None
            ),
            None,
        )
        if target_noun is None or sent is None or sent.sender is None or sent.reply_to is not None:
            return
        target = self._reply_target(target_noun, sent.sender, _first(sent.recipients))
        if target is not None and target is not sent and target.kind != "call":
            sent.reply_to = target

    def _relative_writer(self, noun: Token, replier: Party, addressee: Party | None = None) -> Party | None:
        """'B answered the letter that A sent him', 'replied to the message A had written to her', 'answered
        the letter in which A invited her': the subject of a relative clause of sending or writing, or of
        what was said 'in which', on the answered noun wrote it (a pronoun: only the reply's addressee);
        so did the one it was received from ('the letter which he had received from A')."""
        verbs = {*cues()["send_verbs"], *cues()["write_verbs"]}
        zero = zero_relative(noun)  # "the letter her counterpart A sent her", hung by the parser elsewhere
        dated = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        for rel in (  # (on the date of "a note of 3 May, in which ...", where the parser hangs it)
            c
            for c in [*noun.children, *(x for g in dated for x in g.children), *([zero] if zero else [])]
            if c is zero
            or (c.dep_ == "relcl" or _own_subject_acl(c))
            and (c.lemma_.lower() in verbs or _in_which(c))
        ):
            for subj in (c for c in rel.children if c.dep_ == "nsubj"):
                if subj.pos_ == "PRON":  # "B's reply to A answers a letter she sent him": no one but A
                    if addressee is not None and addressee is not replier:
                        return addressee
                    continue
                p = self._party(subj)
                if p is not None and p.ptype == "person":
                    p = self._listed_before(subj, [p])[0]  # "that A and Conservative critic B sent him"
                if p is not None and p is not replier:
                    return p
        froms = [f for f in _received_from(noun) if f.head.dep_ == "relcl"]  # "which he had received from A"
        found = _first([p for prep in froms for p in self._pobj_parties(prep) if p is not replier])
        if (
            found is None
            and addressee is not None
            and addressee is not replier
            and addressee.ptype == "person"
            and addressee.name not in addressee.roles  # named persons on both sides, not an office alone
            and replier.name not in replier.roles
            and got_by(noun, lambda t: self._party(t) is replier, lambda t: self._party(t) is addressee)
        ):
            return addressee  # "wrote to A in response to the message he had received": A's
        return found

    def _relative_target(self, verb: Token, replier: Party) -> Draft | None:
        """'B responded to A, who had asked him in a letter to ...' / '..., who had sent him a message':
        the answered communication is told in a relative clause on the party answered."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                sender = self._party(pobj)
                if sender is None or sender is replier:
                    continue
                for rel in (t for t in pobj.subtree if t.dep_ == "relcl"):
                    noun = next(
                        (t for t in rel.subtree if noun_kind(t) and t.i > rel.head.i and not self._taken(t)),
                        None,
                    )
                    if noun is not None:
                        kind = noun_kind(noun) or "letter"
                        target = self._add(Draft(kind, noun, sender, [replier], verb=rel))
                        target.answered = True
                        return target
        return None

    def _answered_letter(self, replier: Party, before: Token, writer: Party | None = None) -> Draft | None:
        """The written communication told before ``before`` that ``replier`` was sent (by ``writer``,
        when named): the latest of them when one party sent them all, else None."""
        told = [
            d
            for d in self.drafts
            if d.kind != "call"
            and d.sender is not None
            and d.sender.key != replier.key
            and any(r.key == replier.key or officer_of_state(r, replier) for r in d.recipients)
            and d.trigger.i < before.i
            and (writer is None or d.sender.key == writer.key or d.sender.name == writer.name)
            and not told_in_detail(d, self.drafts)  # "an exchange of letters between X and Y" told in sum
        ]
        if len({d.sender.key for d in told if d.sender is not None}) != 1:
            told = _told_just_before(told, before)  # "D wrote to B on Monday. B replied on Tuesday": D's
            if len({d.sender.key for d in told if d.sender is not None}) != 1:
                return None
        return max(told, key=lambda d: d.trigger.i)

    def _told_answer(self, noun: Token, verb: Token, replier: Party) -> Draft | None:
        """'In a reply, B assured A that ...', 'In his answer, B thanked the governor': a reply told as the
        setting of a verb of addressing goes to the one addressed, and answers the last written act that
        one sent before it (to B's office, say, when B is not named on it). None when the verb addresses
        no one, several, or one who wrote nothing the report tells."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "in":
            return None
        addressed = self._addressed_by(verb, replier)
        if not addressed:
            return None
        target = self._last_written_by(addressed[0], noun) or thanked_for(self, verb, addressed[0])
        if target is None:
            return None
        reply = self._add(Draft(target.kind, noun, replier, [addressed[0]], verb=verb))
        reply.reply_to = target
        return reply

    def _dated_reply_to(self, noun: Token, replier: Party, verb: Token | None) -> bool:
        """'In his reply of last Thursday to A, B rejected ...': a reply with a date of its own is a text, sent
        to the one its 'to' names (answering that one's last letter, when told); True when drafted."""
        dated = any(c.dep_ == "prep" and c.lower_ == "of" and _dated(c) for c in noun.children) or any(
            c.dep_ == "acl" and c.lemma_.lower() == "date" for c in noun.children
        )
        to = [p for p in self._prep_parties(noun, ("to",)) if p.key != replier.key]
        if dated and not to and verb is not None:  # "In a reply dated 4 March, B assured A of ...": to A
            to = [
                p for p in self._addressed_by(verb, replier) if p.ptype == "person" and p.key != replier.key
            ]
        if not dated or not to:
            return False
        d = self._add(Draft("letter", noun, replier, to[:1], verb=verb))
        d.reply_to = self._last_written_by(to[0], noun)
        d.distinct = d.reply_to is None
        return True

    def _last_written_by(self, writer: Party, before: Token) -> Draft | None:
        """The last written act ``writer`` sent before ``before`` (to anyone but ``writer``)."""
        sent = [
            d
            for d in self.drafts
            if d.kind != "call"
            and d.sender is not None
            and d.sender.key == writer.key
            and d.trigger.i < before.i
            and all(r.key != writer.key for r in d.recipients)
        ]
        return max(sent, key=lambda d: d.trigger.i) if sent else None

    def _answered_via_address(self, verb: Token, replier: Party) -> Draft | None:
        """'B replied in a letter, thanking A for his gifts': B was sent nothing the report tells (A wrote to
        B's predecessor, say); the one a participle of addressing names wrote the letter B answers."""
        for c in verb.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and (addressed := self._addressed_by(c, replier)):
                return self._last_written_by(addressed[0], verb)
        return None

    def _addressed_by(self, verb: Token | None, replier: Party) -> list[Party]:
        """The one party an active verb of addressing names as its object ('B assured A that ...'), when it
        is not the replier; else none."""
        if verb is None or verb.lemma_.lower() not in ADDRESS_VERBS or _passive(verb):
            return []
        addressed = _uniq([p for c in verb.children if c.dep_ == "dobj" for p in self._conj_parties(c)])
        return addressed if len(addressed) == 1 and addressed[0].key != replier.key else []

    def _call_said_in(self, verb: Token) -> Draft | None:
        """The call told before that ``verb`` happens in ('During the call, B conveyed ...', 'In the phone
        conversation, B ...'): the latest call drafted before it, if the clause names a call."""
        if not any(
            c.dep_ == "prep"
            and c.lower_ in ("during", "in")
            and any(noun_kind(g) == "call" for g in c.children)
            for c in verb.children
        ):
            return None
        return next((d for d in reversed(self.drafts) if d.kind == "call" and d.trigger.i < verb.i), None)

    def _reply_told(self, verb: Token) -> Draft | None:
        """The reply a clause is about ('The reply ... was written in response to ...'): the last reply told
        before, with its sender, when the clause's subject is a reply noun."""
        if not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in cues()["reply_nouns"]
            for c in verb.children
        ):
            return None
        replies = [
            d
            for d in self.drafts
            if d.sender is not None
            and d.trigger.i < verb.i
            and (d.trigger.lemma_.lower() in cues()["reply_nouns"] or d.reply_to is not None)
        ]
        return max(replies, key=lambda d: d.trigger.i) if replies else None

    def _latest_to(self, party: Party | None, written: bool = False) -> Draft | None:
        """The last letter sent to ``party``; else a letter just told with no addressee, which the one who
        answers it received ("A's letter of early August opened the channel; B's reply of 19 August
        accepted": A wrote to B). ``written``: the answer is written ("B answered with a message"): it
        answers the last written one, a call only when none was written to ``party``."""
        if party is None:
            return None
        to = [d for d in reversed(self.drafts) if party in d.recipients]
        to = [
            d for d in to if d.sender is not None
        ] or to  # "The letter, signed by C, ...": the one told with its writer
        if to:
            return next((d for d in to if d.kind != "call"), to[0]) if written else to[0]
        headed = [  # "A wrote to the Finance Ministry ... the Finance Minister replied": the body the one heads
            d
            for d in reversed(self.drafts)
            if d.kind != "call"
            and d.sender is not None
            and any(
                _heads(party, r) or officer_of_state(r, party) for r in d.recipients
            )  # "wrote to Beijing"
        ]
        if headed:
            return headed[0]
        last = self.drafts[-1] if self.drafts else None
        if (
            last is not None
            and last.kind != "call"
            and last.sender is not None
            and last.sender is not party
            and not last.recipients
            and not last.anaphoric
            # not in someone's own words ("Received the letter of B"): who wrote to whom is unsure there
            and not _quoted(last.trigger)
        ):
            last.recipients = [party]
            return last
        return None


def _in_which(rel: Token) -> bool:
    """'the letter in which A invited her': a relative clause telling what the letter says."""
    return any(says_which(c) for c in rel.children)


def _received_from(noun: Token) -> list[Token]:
    """The 'from' phrases of a clause of receiving on ``noun`` ("the letters which he had received from A")."""
    received = [
        r for r in noun.children if r.dep_ in ("relcl", "acl") and r.lemma_.lower() in cues()["receive_verbs"]
    ]
    return [c for r in received for c in r.children if c.dep_ == "prep" and c.lower_ == "from"]


def _quoted(tok: Token) -> bool:
    """Whether ``tok`` stands inside quotation marks."""
    return any(q.start <= tok.idx < q.end for q in quote_spans(tok.doc))


def _heads(person: Party, body: Party) -> bool:
    """The person's office is named after the body: every content word of the body's name (two at least)
    shares its stem with a word of the person's roles ("the Finance Minister" and "the Finance Ministry",
    "the Foreign Minister" and "the Ministry of Foreign Affairs" does not: 'affairs' is no word of hers)."""
    if person.ptype != "person" or body.ptype != "org":
        return False
    words = content_words(body.name)
    roles = {w for r in [*person.roles, *person.surfaces] for w in content_words(r)} - content_words(
        person.name
    )
    return len(words) >= 2 and all(same_stem(w, roles) for w in words)
