"""Reply triggers and reply links: which earlier communication a new one answers."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arguments import ArgumentFiller
from .draft import Draft
from .lexicon import cues, noun_kind
from .mentions import Party
from .rebuttals import link_rebuttals
from .syntax import _first, _own_kind_noun, _verb_of, sentence_span


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
        if target_noun is None and verb.lemma_.lower() == "answer":
            # "B answered A's letter": the answered letter is the object
            target_noun = next((c for c in verb.children if c.dep_ == "dobj" and noun_kind(c)), None)
        own_noun = _own_kind_noun(verb)
        if target_noun is None and own_noun is None:
            if not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
                return
        if target_noun is not None:
            target = self._reply_target(target_noun, subj[0])
        else:
            target = self._relative_target(verb, subj[0]) or self._latest_to(subj[0])
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
            told = noun.head.lower_ == "in" or (noun.dep_ == "nsubj" and self._poss(noun) is replier)
            if (
                target is None
                and verb is not None
                and noun.dep_ == "nsubj"
                and verb.lemma_.lower() == "reach"
            ):
                # "A's reply, delivered by an envoy, reached B on Friday": a reply to something unreported
                reached = [p for c in verb.children if c.dep_ == "dobj" for p in self._conj_parties(c)]
                if reached and reached[0] is not replier:
                    self._add(Draft("letter", noun, replier, reached[:1], verb=verb)).distinct = True
                return
            if target is None or not told:
                return  # "In reply, B ..." / "B's reply said ...": the reply to what B was sent
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


# ---------------------------------------------------------------- after merging

FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}


def link_answered(doc: Doc, drafts: list[Draft]) -> None:
    """Reply links read once every act of the report is merged (the list is changed in place)."""
    _link_thanks(drafts)
    _thanks_in_letter(doc, drafts)
    _addressee_letters(doc, drafts)
    link_rebuttals(doc, drafts)


def _same(p: Party | None, others: list[Party]) -> bool:
    return p is not None and any(p is o or p.key == o.key for o in others)


def _link_thanks(drafts: list[Draft]) -> None:
    """'In the message, B thanked A for his letter' / 'B wrote to A, thanking him for his letter': the
    communication whose sentences carry the thanks answers the letter thanked for."""
    for d in drafts:
        if not d.answered or d.kind == "call" or d.sender is None or any(o.reply_to is d for o in drafts):
            continue
        said = sentence_span(d.trigger)
        for e in drafts:
            if (
                e is not d
                and e.reply_to is None
                and e.kind != "call"
                and said in e.sentences
                and _same(e.sender, d.recipients)
                and _same(d.sender, e.recipients)
            ):
                e.reply_to = d
                break


def _names(tok: Token, p: Party) -> bool:
    """A subject that is a pronoun or a word of the party's name or roles."""
    if tok.pos_ == "PRON":
        return True
    words = {w.lower() for x in [p.name, *p.surfaces, *p.roles] for w in x.split()}
    return tok.lower_ in words


def _thanked_for(verb: Token) -> Token | None:
    """The communication thanked for: 'thanked him for his letter', 'to thank her for the message'."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            if noun_kind(g) and not _second_person(g):
                return g
    return None


def _thanks_in_letter(doc: Doc, drafts: list[Draft]) -> None:
    """'B wrote to A, thanking him for his letter' / 'B sent a letter to A to thank her for the message
    she sent him': the thanks are B's letter's own words, so A's letter to B exists and is answered."""
    for e in list(drafts):
        if e.kind == "call" or e.sender is None or len(e.recipients) != 1 or e.reply_to is not None:
            continue
        for s, t in list(e.sentences):
            span = doc.char_span(s, t, alignment_mode="expand")
            for verb in span if span is not None else []:
                if verb.lemma_.lower() != "thank" or verb.pos_ != "VERB":
                    continue
                subj = [c for c in verb.children if c.dep_ == "nsubj"]
                if subj and not _names(subj[0], e.sender):
                    continue
                noun = _thanked_for(verb)
                if noun is None or any(d.trigger.i == noun.i for d in drafts if d is not e):
                    continue
                _answered_by(drafts, e, noun)
                break
            if e.reply_to is not None:
                break


def _second_person(tok: Token) -> bool:
    """'your letter', 'the message you sent me', 'the letter that you wrote to me'."""
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ == "your":
            return True
        if c.dep_ in ("relcl", "acl") and any(g.dep_ == "nsubj" and g.lower_ == "you" for g in c.children):
            return True
    return False


def _to_me(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in ("dative", "dobj", "iobj") and c.lower_ in ("me", "us"):
            return True
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            if any(g.lower_ in ("me", "us") for g in c.children):
                return True
    return False


def _sent_to_writer(tok: Token) -> bool:
    """A communication the writer says the addressee sent to them: 'the message you sent me', 'the letter
    that you wrote to us', 'I received your letter', 'thank you for your message'."""
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return False  # 'your letters to the governors': sent to others
    for c in tok.children:
        if c.dep_ in ("relcl", "acl") and any(g.dep_ == "nsubj" and g.lower_ == "you" for g in c.children):
            if _to_me(c):
                return True
    if not any(c.dep_ == "poss" and c.lower_ == "your" for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in ("receive", "get", "read", "acknowledge"):
        return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children)
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "thank":
        return any(c.dep_ == "dobj" and c.lower_ == "you" for c in head.head.children)
    return False


def _writer_speaks(tok: Token, d: Draft) -> bool:
    """The sentence is the writer's own words: inside the reproduced text, or told in the first person
    with no one named as its speaker."""
    ft = d.full_text
    if ft is not None and ft.span.start <= tok.idx < ft.span.end:
        return True
    sent = tok.sent
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lower_ in FIRST_PERSON for t in sent) and all(t.pos_ != "PROPN" for t in subjects)


def _enclosing(tok: Token, drafts: list[Draft]) -> Draft | None:
    """The letter whose words these are: the one whose reproduced text holds them, else the last one
    told before them (not one only known as answered)."""
    written = [
        d
        for d in drafts
        if d.kind != "call" and d.sender is not None and len(d.recipients) == 1 and not d.answered
    ]
    for d in written:
        if d.full_text is not None and d.full_text.span.start <= tok.idx < d.full_text.span.end:
            return d
    before = [d for d in written if d.trigger.i < tok.i]
    return max(before, key=lambda d: d.trigger.i) if before else None


def _answered_by(drafts: list[Draft], e: Draft, noun: Token) -> None:
    """Record the letter ``noun`` names, from ``e``'s addressee to its writer, as the one ``e`` answers."""
    assert e.sender is not None
    target = Draft(noun_kind(noun) or "letter", noun, e.recipients[0], [e.sender], verb=None)
    target.answered = True
    target.sentences = [sentence_span(noun)]
    drafts.insert(drafts.index(e), target)
    e.reply_to = target


def _addressee_letters(doc: Doc, drafts: list[Draft]) -> None:
    """A letter of A to B that says 'I received the message you sent me' answers a message of B to A,
    which the report may tell of nowhere else."""
    for tok in doc:
        if not noun_kind(tok) or not _sent_to_writer(tok):
            continue
        if any(d.trigger.i == tok.i and d.sender is not None for d in drafts):
            continue
        e = _enclosing(tok, drafts)
        if e is None or e.reply_to is not None or e.sender is None or not _writer_speaks(tok, e):
            continue
        _answered_by(drafts, e, tok)
