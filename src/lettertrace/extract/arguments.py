"""Argument filling: who sent a communication and to whom, read from the dependency parse around a trigger
(subjects, objects, 'to/from/with/by' phrases, possessives, appositions, passive agents)."""

from __future__ import annotations

from spacy.tokens import Token

from .control import had_by_two, leaders_if_counted
from .draft import Draft
from .home_leader import carried_for_another
from .lexicon import CALL_HANDLING, cues
from .lists import fronted_signers, linear_prep, listed_to, party_list_after
from .mentions import Party
from .office_kinds import group_of_offices
from .passive_anaphora import PassiveAnaphora
from .prep_lists import addressed_in_name, from_beside_name, went_on
from .principals import holders_respectively
from .reduced import addressed_aside, signed_aside, zero_relative
from .sends import sends
from .stranded import preps_on_stranded
from .syntax import (
    ADDRESS_VERBS,
    ADDRESSING_PARTICIPLES,
    SERIES_NOUNS,
    _appos_root,
    _bare_role,
    _collective,
    _definite,
    _first,
    _handler,
    _is_courier,
    _is_role_noun,
    _noun_object,
    _passive,
    _poss_is_pronoun,
    _uniq,
    _verb_of,
    sentence_span,
)
from .time_clauses import in_time_clause
from .trigger_checks import displaced_verb, grateful_verb, in_which_clause, made_known
from .witnesses import from_someone, witnessed

# Verbs of which a communication is the subject and that take its parties as 'to/from' phrases.
MOTION_VERBS = {
    "go",
    "come",
    "arrive",
    "travel",
    "pass",
    "reach",
    "pour",
    "flood",
    "stream",
    *cues()["send_verbs"],
}


# Object pronouns of a relative clause of sending ("the telegram that A sent him").
OBJECT_PRONOUNS = ("him", "her", "them")


from .argument_checks import (  # noqa: E402
    _carried_by_courier,
    _during_which,
    _greeting,
    authored,
    read_as_thanks,
    signed_after,
    signed_by_many,
)


class ArgumentFiller(PassiveAnaphora):
    """Fill a trigger's arguments: sender, recipients, couriers left out, from the parse around it."""

    drafts: list[Draft]
    title_end: int

    def _taken(self, tok: Token) -> bool:
        return any(d.trigger.i == tok.i for d in self.drafts)

    def _last_written(self, one: bool = False) -> Draft | None:
        """The last letter or message (no call) told so far that has addressees (``one``: just one)."""
        told = (d for d in reversed(self.drafts) if d.recipients and d.kind != "call")
        return next((d for d in told if not one or len(d.recipients) == 1), None)

    def _add(self, d: Draft) -> Draft:
        d.sentences.append(sentence_span(d.trigger))
        d.from_title = d.trigger.idx < self.title_end
        if d.trigger.pos_ == "VERB" and any(c.lower_ == "again" for c in d.trigger.children):
            d.distinct = True  # "The two spoke again by phone on Wednesday": another call, not the first
        self.drafts.append(d)
        return d

    def _noun_parties(self, tok: Token, kind: str) -> tuple[Party | None, list[Party]]:
        # "(Annex to the) Letter dated 1 May from A, addressed to B": the heading names both sides
        if (heading := self._dated_heading(tok)) is not None:
            return heading
        sender = self._poss(tok)
        if (
            sender is not None
            and _poss_is_pronoun(tok)
            and (tok.dep_ == "pobj" or self._carried(tok) and self._courier_state(tok.head))
        ):
            sender = None  # "In his letter, X said", "A's envoy C conveyed her message": the verb's reading
        recips: list[Party] = []
        zero = zero_relative(tok)  # "the letter A sent her": a relative clause the parser hung elsewhere
        for child in [*tok.children, *([zero] if zero else []), *signed_aside(tok), *preps_on_stranded(tok)]:
            if child.dep_ == "prep" and child.lower_ == "for" and not recips:
                # "a letter for B" (carried to B): only a person, never "a message for peace"
                recips += [p for p in self._pobj_parties(child) if p.ptype == "person"]
            if child.dep_ == "prep" and child.lower_ in ("to", "for") and child.lower_ == "to":
                recips += self._pobj_parties(child)
                recips += [  # "a letter to all members and to the Speaker, B": the second 'to' a conjunct
                    p
                    for w in child.conjuncts
                    if w.lower_ == "to" and w.i > child.i
                    for p in self._pobj_parties(w)
                ]
                recips += self._addressee_on_noun(tok, child)
                for acl in (a for o in child.children if o.dep_ == "pobj" for a in o.children):
                    if acl.dep_ == "acl" and self.doc[acl.i - 1].text == ",":
                        # "the letter to B, signed by A and others,": the participle is the letter's
                        sender = sender or self._acl_parties(acl)[0]
            elif (
                child.dep_ == "prep" and child.lower_ == "of" and sender is None
            ):  # "a letter of President A"
                sender = _first([p for p in self._pobj_parties(child) if p.ptype == "person" and not p.group])
            elif child.dep_ == "prep" and child.lower_ in ("from", "by"):
                sender = sender or _first(self._pobj_parties(child))
                for rc in child.subtree:  # "the letter from A, which urged B to act": 'which' is the letter
                    if rc.dep_ == "relcl" and any(
                        c.lower_ == "which" for c in rc.children if c.dep_ == "nsubj"
                    ):
                        recips += [p for p in self._asked(rc) if p not in recips]
            elif child.dep_ == "prep" and child.lower_ in ("with", "between") and kind == "call":
                recips += self._between_read(child) or self._pobj_parties(child) or self._pair_between(tok)
                recips += [p for w in child.conjuncts if w.lower_ == "with" for p in self._pobj_parties(w)]
            elif (
                child.dep_ in ("acl", "relcl")
                and kind == "call"
                and not _during_which(child)  # "a call with B, during which the two leaders ...": its own
                and (pair := self._pair_before(child, any_kind=True))
            ):
                sender, recips = sender or pair[0], recips or pair[1:]  # "the call that both leaders held"
            elif child.dep_ in ("acl", "advcl"):
                s2, r2 = self._acl_parties(child)
                if (
                    s2 is None
                    and child.lemma_.lower() in cues()["send_verbs"]
                    and child.tag_ in ("VBD", "VBN")
                ):
                    # "the letter President A sent to B": the name before the reduced relative sends
                    named = [c for c in tok.children if c.dep_ == "appos" and c.i < child.i]
                    s2 = self._party(named[0]) if named else None
                sender = sender or s2
                carried = recips and child.lemma_.lower().split("-")[-1] in cues()["carry_verbs"]
                recips += [] if carried else r2 or self._asked(child)  # "to B, hand-delivered to X": B's
            elif (
                child is zero
                or child.dep_ == "relcl"
                and (
                    child.lemma_ in cues()["send_verbs"]
                    or sends(child, tok)
                    or kind == "call"
                    and child.lemma_.lower() in CALL_HANDLING  # "the call A placed to B"
                )
            ) and child.lemma_.lower() not in (*cues()["receive_verbs"], "take"):  # not "the call A received"
                subj = self._subjects(child) or self._acl_parties(child)[0:1]  # "which was signed by A"
                sender = sender or (subj[0] if subj else None)
                tos = ("to", "for", *(("with",) if kind == "call" else ()))  # "the calls A held with B"
                recips += self._prep_parties(child, tos) + self._dative(child)  # "the letter A left for B"
                if not recips and any(
                    c.dep_ in ("dobj", "dative") and c.lower_ in OBJECT_PRONOUNS for c in child.children
                ):
                    # "B read the telegram that A sent him": the pronoun is the subject of the clause around
                    clause = _verb_of(tok)
                    recips += (
                        [p for p in self._subjects(clause) if p is not sender][:1]
                        if clause is not None
                        else []
                    )
            elif child.dep_ == "relcl" and child.lemma_.lower() in cues()["receive_verbs"]:
                # "the letter that A received from B": the clause's subject received it, 'from' sent it
                froms = [
                    p
                    for c in child.children
                    if c.dep_ == "prep" and c.lower_ == "from"
                    for p in self._pobj_parties(c)
                ]
                sender = sender or _first(froms)
                recips += (
                    [p for p in self._subjects(child) if p not in recips and p not in froms][:1]
                    if froms
                    else []
                )
            elif child.dep_ == "relcl":  # "the letter from A, which urged B to act"
                recips += [p for p in self._asked(child) if p not in recips]
        if signed_by_many(tok) and tok.dep_ == "dobj" and not _passive(tok.head) and authored(tok.head):
            # "A, who organised the letter signed by 40 colleagues": the author, over a crowd of signers
            sender = _first(self._subjects(tok.head)) or sender
        if not recips:  # "a letter from A, asking B to act": the participle parsed on the clause's verb
            after = tok.right_edge.i + 1
            for c in tok.head.children if tok.dep_ in ("dobj", "pobj", "nsubjpass") else []:
                if c.dep_ == "advcl" and c.tag_ == "VBG" and after <= c.i <= after + 1 and c.i > tok.i:
                    recips += self._asked(c)
        if not recips and (which := in_which_clause(tok)) is not None:  # "a letter ..., in which A urged B"
            recips += self._asked(which)
            sender = (
                (_first(self._subjects(which)) or sender) if sender is None or _bare_role(sender) else sender
            )
        if not recips and tok.dep_ in ("nsubj", "nsubjpass"):  # "Addressed to B, the letter from A calls for"
            fronted = [c for c in tok.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < tok.i]
            to = [c for c in fronted if c.lemma_.lower() in ADDRESSING_PARTICIPLES]
            recips += [p for c in to for p in self._prep_parties(c, ("to",))]
        if not recips:
            recips += self._host_of_courier(tok)
        s3, r3 = self._head_parties(tok, kind)
        sender = sender or s3 or self._compound_person(tok) or _first(self._signers(tok))
        recips += [r for r in r3 if r not in recips]
        thanked, thanker = self._thanked(tok) if read_as_thanks(tok, sender is not None) else (None, None)
        if thanked is not None:  # "A sent a letter of thanks to B for his message": B's message to A
            sender, recips = thanked, [thanker] if thanker is not None else recips
        if sender is None and _poss_is_pronoun(tok):
            sender = self._poss(tok)
        if sender is None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through", "via"):
            sender = self._linear_sender(tok, recips)
        displaced = displaced_verb(tok)
        received = (tok.dep_ in ("dobj", "nsubjpass") or displaced is not None) and (
            displaced or tok.head
        ).lemma_.lower() in cues()["receive_verbs"]
        listed = [] if received else self._listed(tok, ("to",))  # "B received a letter": B is the addressee
        recips = [r for r in recips if not group_of_offices(r, listed)]
        if any(not _bare_role(p) for p in listed):
            recips = [
                r for r in recips if not _bare_role(r) or r in listed
            ]  # the named holder, not the office
        recips += [r for r in listed if r not in recips and r is not sender]
        if sender is None:
            sender = _first([p for p in self._listed(tok, ("from",)) if p not in recips])
        if not recips and sender is not None and (grateful := grateful_verb(tok)) is not None:
            recips = [p for p in self._subjects(grateful) if p is not sender][:1]  # see grateful_verb
        principal = self._on_behalf_of(tok) or self._signed_for_subject(tok, sender)
        if principal is not None and self._received_for(principal, sender, kind, received):
            recips = [principal]  # "C received a letter from A on behalf of B": B's, C took it
        elif principal is not None and (
            principal.ptype == "person" or sender is None or sender.ptype != "person" or self._carried(tok)
        ):
            # "the aide sent the telegram on behalf of the president": the principal sends; but people who
            # sign or write "on behalf of" their party or group are its authors, and stay the senders
            sender = principal
        if kind == "call" and sender is not None and not recips:  # "talks as president with B": read on
            recips = [p for p in self._listed(tok, ("with",)) if p.ptype == "person" and p is not sender][:1]
        if kind == "call" and sender is not None and sender in recips:
            recips.remove(sender)
        if (
            kind == "call"
            and sender is None
            and len(recips) == 1
            and not from_someone(tok)
            and not witnessed(tok)
        ):
            # (but "received calls from fellow governors, his aide said": the callers are named, as no
            # party, and the aide only tells of them)
            sender = self._caller_of(tok, recips[0])  # "Albanese says chat with Trump warm"
        if (
            kind == "call"
            and not recips
            and (any(c.lower_ == "their" for c in tok.children) or had_by_two(tok))
        ):
            pair = leaders_if_counted(tok, self._pair_before(tok))  # "A and B ... in their conversation"
            sender, recips = (pair[0], pair[1:]) if pair else (sender, recips)
        if kind == "call" and sender is None and len(recips) >= 2:
            sender = recips[0]  # "a call between X and Y": a call has no direction
            recips = recips[1:]
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "dictate":  # "dictated a letter to his clerk"
            recips = [r for r in recips if r not in self._prep_parties(tok, ("to",))]
        signers = fronted_signers(self.doc, self.idx, tok)
        if signers and (sender is None or sender.ptype != "person" and sender in signers):
            sender = next(
                (p for p in signers if p.ptype == "person"), signers[0]
            )  # the first named signs first
        aside = addressed_aside(tok)  # "..., addressed to C": the true addressee
        recips = self._pobj_parties(aside) if aside is not None else recips
        kept = _uniq([r for r in recips if r is not sender and r not in signers])
        kept = listed_to(self.doc, self.idx, tok, kept)  # "The letters went to A of X, B of Y and C"
        return in_time_clause(tok, self.idx, sender, kept)  # not "the day the letter was sent, A wrote to B"

    def _addressee_on_noun(self, tok: Token, to: Token) -> list[Party]:
        """'a letter to A and the President of the Council': spaCy hangs the second addressee on the
        letter, not on A. A role or a person joined to the communication noun after its 'to' is written
        to as well (not "a letter to A and a report to B": a report is no one)."""
        return [
            p
            for cj in tok.children
            if cj.dep_ == "conj" and cj.i > to.right_edge.i and cj.pos_ in ("NOUN", "PROPN")
            and (_is_role_noun(cj) or cj.ent_type_ == "PERSON")
            for p in self._conj_parties(cj)
        ]  # fmt: skip

    def _listed(self, tok: Token, words: tuple[str, ...]) -> list[Party]:
        """Every party of the list after the trigger's first 'to'/'from' ("to A, B, C and D")."""
        prep = linear_prep(self.doc, self.idx, tok, words)
        if prep is None:
            return []
        each = tok.tag_ == "NNS"  # "messages to the presidents of X and Y": one each ("a letter to": a group)
        pobjs = [c for c in prep.children if c.dep_ == "pobj"]
        if len(held := [p for c in pobjs for p in holders_respectively(self.idx, c)]) >= 2:
            return held  # "to the presidents of X, Y and Z, A, B and C": the holders, in order
        if offices := [p for c in pobjs for p in self.idx.offices_of_places(c, each)]:
            return offices  # "from the Prime Ministers of X, Y and Z": one office each
        found = party_list_after(self.doc, self.idx, prep)
        return [p for p in found if not _is_courier(p)]

    def _head_parties(self, tok: Token, kind: str) -> tuple[Party | None, list[Party]]:
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SERIES_NOUNS:
            tok = tok.head.head  # "sent B a series of messages": the series stands where the noun would
        verb = _verb_of(tok) if tok.dep_ == "conj" else None
        if verb is not None and verb.lemma_.lower() in cues()["send_verbs"] and _noun_object(verb, tok):
            # "A sent a letter to B and another letter to C": the second letter is parsed as a conjunct
            # (of the verb, of B); the verb's subject sends it, its own 'to' (read by the caller) addresses it
            subj = self._subjects(verb)
            return (subj[0] if subj else None), []
        if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
            return self._head_parties(tok.head, kind)  # "sent flowers and a message to B": one verb for both
        displaced = displaced_verb(tok)
        head = displaced or tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prt" and sends(head.head, tok):
            head = head.head  # "dashed off a note to B" parsed with the note on 'off': the verb's object
        lem = "publish" if made_known(head) else head.lemma_.lower()  # "made public the letter that A sent"
        obj = _appos_root(tok)
        if obj is not tok and obj.dep_ == "dobj" and obj.head.lemma_.lower() in cues()["send_verbs"]:
            # "A sent Prime Minister B of X a message", "sent the prime minister, B, a cable": the titled
            # recipient parsed as the object, the message as its apposition
            recip = self._party(obj) or self._party(head)
            subj = self._subjects(obj.head)
            if recip is not None and subj:
                return subj[0], [recip]
        hosts = self._host_of_courier(tok) if tok.dep_ == "dobj" else []
        if hosts:  # "B received envoy C, who conveyed greetings and a message from A": C only carried them
            shared = next((p for c in tok.conjuncts if (p := self._prep_party(c, ("from",)))), None)
            return shared, hosts
        if (
            tok.dep_ == "dobj"
            and lem in ("bear", "carry")
            and head.dep_ == "acl"
            and head.head.dep_ == "dobj"
        ):
            sent = head.head.head  # "A dispatched an envoy bearing a letter to B"
            if sent.lemma_.lower() in cues()["send_verbs"]:
                return _first(self._subjects(sent)), self._prep_parties(head, ("to", "for"))
        handler = _handler(tok)
        if handler is not None and any(  # (not "praised the festival's message": an event writes none)
            c.dep_ == "poss" and self.idx.party_at(c) or c.dep_ == "prep" and c.lower_ in ("from", "by")
            for c in tok.children
        ):
            # "B rejected/rebuffed/tore up A's letter": what the addressee did with it
            return None, self._subjects(handler)
        if tok.dep_ == "nsubjpass" and lem in cues()["receive_verbs"]:
            # "a message from B was received by A": the agent received it, the noun names the sender;
            # with no agent, the one who says so ("A's office said a message had been received from B")
            by = self._prep_parties(head, ("by",)) or addressed_in_name(self, head)
            if not by and head.dep_ == "ccomp" and head.head.lemma_.lower() in ("say", "announce", "confirm"):
                by = self._subjects(head.head)
            if (
                not by
                and any(c.lower_ == "also" for c in head.children)
                and (last := self._last_written(one=True))
            ):
                by = last.recipients[:1]  # "B received a cable from A. Messages were also received from C"
            sender = self._prep_party(head, ("from",))
            return sender, by[:1] if sender is not None else by  # the senders, not more receivers
        if (tok.dep_ in ("dobj", "nsubjpass") or displaced is not None) and (
            lem in cues()["receive_verbs"] or lem == "take" and kind == "call"
        ):
            # "B took a call from A"; "B received messages on the day of X from A, B and C", 'from' hung far
            sender = self._prep_party(head, ("from", "by")) or (
                _first(self._listed(tok, ("from",))) if displaced is None else None
            )
            return sender, self._subjects(head)
        if tok.dep_ == "dobj" and _passive(head) and (lem in cues()["send_verbs"] or lem == "give"):
            # "B was handed a letter from A (by the ambassador)", "B has been sent a letter by A": the
            # subject receives it; the agent sends it unless it only carried it
            agent = [p for p in self._prep_parties(head, ("by",)) if not _is_courier(p)]
            return self._prep_party(head, ("from",)) or _first(agent), self._subjects(head)
        if tok.dep_ == "nsubjpass" and lem in cues()["send_verbs"] and _definite(tok):
            return self._passive_anaphor(head)
        if tok.dep_ == "nsubjpass" and (signer := signed_after(head, self._prep_party)) is not None:
            return signer, []  # "The letter was drafted in X and signed by A": A sends it
        if (
            tok.dep_ == "nsubjpass"
            and authored(head)
            and (author := self._prep_party(head, ("by",))) is not None
        ):
            return (
                author,
                [],
            )  # "The letter was drafted by A": its author writes it (told before, it joins that)
        if (tok.dep_ in ("dobj", "nsubjpass") or head.i != tok.head.i or displaced is not None) and (
            lem in (*cues()["send_verbs"], *cues()["carry_verbs"])
            or lem in ("hold", "have", "make", "place")
            or lem in ("conduct", "maintain")
            and kind == "call"  # "conducted a telephone conversation"
            or lem == "give"
            and kind in ("call", "letter")  # "gave B a call", "gave him a letter" (not a message)
            or sends(head, tok)
        ):
            itself = tok.dep_ == "nsubjpass" and tok.head.i == head.i  # "A letter to B was sent by A"
            subj = [] if itself else self._subjects(head) or self._subject_persons(head)
            principal = self._courier_state(head) if lem in cues()["carry_verbs"] else None
            if lem in cues()["carry_verbs"]:  # "C handed a letter from A to B", 'from' hung on the verb
                principal = self._prep_party(head, ("from",)) or self._from_after(head, tok) or principal
            if principal is not None:  # "The X ambassador delivered a note verbale to the ministry"
                subj = [principal]
            elif (
                lem in cues()["carry_verbs"]
                and _definite(tok)
                and subj
                and _carried_by_courier(head, subj[0])
            ):
                subj = []  # "Envoy C delivered the letter to B": the letter told before, C only carried it
            if any(c.dep_ == "nsubj" and _collective(c) for c in head.children):
                subj = (
                    self._subject_persons(head) or subj
                )  # "The prime ministers of A, X, and B, Y, have signed"
            if kind == "call":  # "The leaders of X and Y held a video call" (named further on)
                subj = self._held_subjects(head) or subj
            # "by" names the writer of a verb with no subject ("a letter sent by A", "conveyed to B by President
            # A"), never of one whose subject names no party, nor one who carried it ("delivered by minister C")
            active, by_whom = any(c.dep_ == "nsubj" for c in head.children), self._prep_party(head, ("by",))
            carried = itself and carried_for_another(head, by_whom)
            sender = subj[0] if subj else None if active or carried else by_whom
            tos = {"leave": ("for",), "dictate": ()}.get(lem, ("to",))  # "left a letter for B"; "dictated to"
            recips = self._prep_parties(head, tos) + self._dative(head)
            also, greets = any(c.lower_ == "also" for c in head.children), _greeting(tok)
            if kind == "call":
                recips += self._prep_parties(head, ("with", "between"))
                recips += subj[1:]
            elif (
                not recips
                and sender is not None
                and (also or greets)
                and not any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for c in head.children)
            ):
                # "B received messages from many leaders. A also sent a message": to B as well; so does a
                # message of congratulations with no addressee after B's call from C ("fielding calls")
                prev = self._last_written() if also else None
                if prev is None and greets:  # ... when that B is the one the report is about (named first)
                    prev = next((d for d in reversed(self.drafts) if d.recipients), None)
                    parties = [p for d in self.drafts for p in (d.sender, *d.recipients) if p is not None]
                    first = min((p.first for p in parties if p.ptype == "person"), default=-1)
                    prev = prev if prev is not None and prev.recipients[0].first == first else None
                if prev is not None and prev.sender is not sender and tok.idx - prev.trigger.idx < 800:
                    recips = [r for r in prev.recipients if r is not sender]
            return sender, recips
        if (
            tok.dep_ == "pobj"
            and head.dep_ in ("prep", "agent")  # "B was informed by letter from A"
            and (told := self._told_in(tok, kind, head)) is not None
        ):
            return told  # "In a letter, A asked B to ...", "discussed X with B in a phone call"
        if tok.dep_ == "nsubj" and lem in ADDRESS_VERBS and head.pos_ == "VERB":
            # "A letter from A urged B to act", "the message thanked B": the letter addresses its object
            return None, [
                p for c in head.children if c.dep_ in ("dobj", "dative") for p in self._conj_parties(c)
            ]
        if tok.dep_ == "nsubj" and lem in ("call", "appeal") and head.pos_ == "VERB":
            # "The letter calls on B to recognise ...", "the letter appealed to B"
            on = any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in head.children)
            objs = [c for c in head.children if c.dep_ == "dobj"] if on else []
            return None, self._prep_parties(head, ("on", "upon", "to")) + [
                p for c in objs for p in self._conj_parties(c)
            ]
        if kind == "call" and tok.dep_ == "nsubj" and lem in ("take", "occur", "happen"):
            # "A telephone conversation took place on Tuesday between A and B"
            pair = self._prep_parties(head, ("between",)) or self._pair_between(head)
            return (pair[0], pair[1:]) if len(pair) >= 2 else (None, [])
        if tok.dep_ == "nsubj" and (xc := went_on(head, MOTION_VERBS)) is not None:
            head, lem = xc, xc.lemma_.lower()  # "messages have continued to pour in for B"
        if tok.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" and lem in MOTION_VERBS:
            # "The letter went to X", "the message came from X", "messages poured in for X"; a verb about the letter itself
            # ("the call was confirmed to A by B") names no party of it
            recips = self._prep_parties(head, ("to",))
            recips = recips or [  # "letters continue to arrive addressed to B"
                p
                for c in head.children
                if c.dep_ in ("advcl", "acl", "xcomp") and c.lemma_.lower() in ADDRESSING_PARTICIPLES
                for p in self._prep_parties(c, ("to",))
            ]
            recips = recips or [p for p in self._prep_parties(head, ("for",)) if p.ptype == "person"]
            recips = recips or addressed_in_name(self, head)
            if not recips and any(c.lower_ == "also" for c in head.children):
                # "A received a message from B. Messages also came from C and D": to A as well
                prev = self._last_written()
                recips = list(prev.recipients) if prev is not None else []
            if lem == "reach" and not recips:  # "the letter from A reached B"
                recips = [p for c in head.children if c.dep_ == "dobj" and (p := self._party(c)) is not None]
            return self._prep_party(head, ("by", "from")) or from_beside_name(self, head), recips
        return self._was_from(tok) or (None, [])
