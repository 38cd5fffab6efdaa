"""Finders for the construction families without a medium noun of their own or with two acts in one
clause: greetings received or sent ("received condolences from A, B and C"), exchanges ("A and B
exchanged letters"), contact ("A contacted B") and thanks ("B thanked A for his letter").
The registry in :mod:`lettertrace.extract.patterns` says when each runs."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_of, text_of
from .control import leaders_if_counted
from .draft import Draft
from .exchange_pairs import named_within
from .lexicon import blocked, cues, noun_kind
from .lists import party_list_from
from .mentions import ROLE_HEADS, Party
from .phrase_shapes import absolute_with
from .syntax import (
    ADDRESS_VERBS,
    GREETING_NOUNS,
    _first,
    _is_courier,
    _is_name_like,
    _sent_distance,
    _uniq,
    _verb_of,
)
from .thanks import ThanksFor
from .trigger_checks import each_side, subject_tokens

# A greeting received in these settings came in person, not by letter, message or call.
IN_PERSON = {"meet", "visit", "attend", "funeral", "ceremony", "reception", "delegation", "person", "summit"}


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n" and i + 1 < len(text)]


class MoreActs(ThanksFor):
    """Greetings, exchanges, contact and thanks (see the registry for the constructions)."""

    in_person: bool  # the report tells of a meeting (set by the walker)
    call_context: bool  # the report is about a call

    def _in_person(self, verb: Token) -> bool:
        return any(t.lemma_.lower() in IN_PERSON for t in sent_of(verb))

    def _call_nearby(self, verb: Token, party: Party) -> bool:
        """A call stated in this or the two sentences before involves ``party`` ("received phone calls
        from several leaders, ... received condolences from A, B and C")."""
        return any(
            d.kind == "call"
            and 0 <= _sent_distance(d.trigger, verb) <= 2
            and party in [d.sender, *d.recipients]
            for d in self.drafts
        )

    def _from_greeting_received(self, verb: Token) -> None:
        obj = self._dobj(verb, "greeting")
        subj = self._subjects(verb)
        if obj is None or not subj:
            return
        receiver = subj[0]
        senders = self._listed(obj, ("from",)) or self._prep_parties(verb, ("from",))
        senders = [s for s in _uniq(senders) if s is not receiver]
        if not senders:
            return
        call = self._call_nearby(verb, receiver)
        if not call and self._in_person(verb):
            return
        kind = "call" if call else "message"
        for s in senders:
            d = self._add(Draft(kind, obj, s, [receiver], verb=verb))
            d.distinct = len(senders) > 1

    def _from_greeting_sent(self, verb: Token) -> None:
        obj = self._dobj(verb, "greeting")
        titled: list[Party] = []
        if obj is None:  # "sent Prime Minister B of X her condolences"
            for c in verb.children:
                appos = [a for a in c.children if a.dep_ == "appos" and a.lemma_.lower() in GREETING_NOUNS]
                p = self._party(c) if c.dep_ == "dobj" and appos else None
                if p is not None:
                    obj, titled = appos[0], [p]
        subj = self._subjects(verb)
        if obj is None or not subj or self._taken(obj):
            return
        recips = (
            titled or self._listed(obj, ("to",)) or self._prep_parties(verb, ("to",)) + self._dative(verb)
        )
        senders = subj if len(subj) > 1 else subj[:1]  # "A and B sent condolences to C": one each
        for s in senders:
            to = [r for r in _uniq(recips) if r is not s]
            for r in to:
                d = self._add(Draft("message", obj, s, [r], verb=verb))
                d.distinct = len(to) > 1 or len(senders) > 1

    def _from_greeting_passive(self, verb: Token) -> None:
        obj = next(
            c
            for c in verb.children
            if c.dep_ == "nsubjpass" and c.lemma_.lower().removesuffix("s") in GREETING_NOUNS
        )
        if self._taken(obj):
            return
        agents = [
            g
            for c in verb.children
            if c.dep_ == "agent"
            for a in (c, *c.conjuncts)
            for g in a.children
            if g.dep_ == "pobj"
        ]  # "by President A and by President C"
        senders = _uniq([p for g in agents for p in self._conj_parties(g) if not _is_courier(p)])
        recips = self._prep_parties(verb, ("to",))
        for s in senders:
            for r in (r for r in recips if r is not s):
                d = self._add(Draft("message", obj, s, [r], verb=verb))
                d.distinct = len(senders) > 1 or len(recips) > 1

    def _from_exchange(self, verb: Token) -> None:
        obj = self._dobj(verb, "comm") or self._dobj(verb, "greeting")  # "exchanged New Year greetings"
        if obj is None:
            return
        if noun_kind(obj) is None and (self._in_person(verb) or self.in_person and not self.call_context):
            return  # "the two leaders exchanged greetings at the summit": face to face, no message
        if (
            obj.tag_ == "NNS"
            and obj.conjuncts
            and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
        ):
            return  # "A and B have traded letters, protest notes and warnings since January": a series told whole
        if self._taken(obj):  # "Letters were exchanged between A and B": the noun came first, alone
            if any(d.trigger.i == obj.i and (d.sender or d.recipients) for d in self.drafts):
                return
            self.drafts = [d for d in self.drafts if d.trigger.i != obj.i]
        kind = noun_kind(obj) or "message"
        subj = self._subjects(verb) if obj.dep_ == "dobj" or obj.head.head.dep_ == "dobj" else []
        between = self._prep_parties(verb, ("with", "between"))
        first_with = next((t for t in obj.doc[obj.i + 1 : obj.sent.end] if t.lower_ == "with"), None)
        if not between and (first_with is None or not absolute_with(first_with)):  # not "with X warning"
            between = self._listed(obj, ("with", "between"))
        parties = _uniq(subj + between)
        # "A, secretary of X and Norland president, and B, ...": the offices are theirs, the two named exchange
        if len(parties) > 2 and len(named := [p for p in parties if _named_person(p)]) == 2:
            if self._bare_offices(verb, [p for p in parties if p not in named]):
                parties = named
        if len(parties) == 1 and subj:  # "A and Algerian President B exchanged" with A parsed into B's name
            parties += named_within(self._party, verb, parties[0])[:1]
        if not parties:
            parties = leaders_if_counted(obj, self._pair_before(verb))  # "the two heads of state exchanged"
        if len(parties) != 2:
            return
        a, b = parties
        if noun_kind(obj) is None and self._called(a, b):
            return  # "A phoned B. The two leaders exchanged greetings": said in that call, no message
        if kind == "call":
            self._add(Draft(kind, obj, a, [b], verb=verb))
            return
        for s, r in ((a, b), (b, a)):
            d = self._add(Draft(kind, obj, s, [r], verb=verb))
            d.distinct = True

    def _bare_offices(self, verb: Token, others: list[Party]) -> bool:
        """The subject's other parties are offices or bodies written without an article, as a title is ("State
        President A and ... President of X B", "A, general secretary of X and Norland president,"), not a third
        party of its own ("A, B and the Eastland president exchanged letters")."""
        keys = {p.key for p in others}
        toks = [
            t
            for s in subject_tokens(verb)
            for t in s.subtree
            if self.idx.tok2party.get(t.i) in keys or t.pos_ in ("NOUN", "PROPN") and self._party(t) in others
        ]
        return bool(toks) and not any(
            t.tag_ in ("NNS", "NNPS") or c.dep_ in ("det", "poss")
            for t in toks
            for h in (t, t.head)
            for c in h.children
        )  # (not "A, B and Eastland officials": a group of its own)

    def _called(self, a: Party, b: Party) -> bool:
        """Whether the report told of a call between ``a`` and ``b`` before."""
        pair = {a.key, b.key}
        return any(
            d.kind == "call" and {p.key for p in [d.sender, *d.recipients] if p} == pair for d in self.drafts
        )

    def _exchange_noun(self, tok: Token, kind: str) -> bool:
        """'the exchange of letters between A and B', 'an exchange of messages with B': one written act
        each way (one call); True when the noun was read so."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_.lower() != "exchange":
            return False
        ex = tok.head.head
        if ex.pos_ != "NOUN":
            return False
        return self._exchange_drafts(ex, tok, kind)

    def _from_medium_exchange(self, ex: Token) -> None:
        """'the WhatsApp exchange between A and B', 'an email exchange with B', 'A's phone exchange with
        B': an exchange named by its medium is one act each way (one call)."""
        media = cues()["exchange_media"]
        medium = next(c for c in ex.children if c.dep_ == "compound" and c.lemma_.lower() in media)
        if not self._taken(ex):
            self._exchange_drafts(ex, ex, media[medium.lemma_.lower()])

    def _exchange_drafts(self, ex: Token, tok: Token, kind: str) -> bool:
        """The two acts of the exchange ``ex`` between the pair it names ('between A and B', 'A's ...
        with B'), triggered at ``tok``; True when the pair was found."""
        pair = _uniq(
            self._prep_parties(ex, ("between", "with")) + self._prep_parties(tok, ("between", "with"))
        )
        if len(_uniq(self._prep_parties(ex, ("with",)) + self._prep_parties(tok, ("with",)))) >= 2:
            return False  # "an exchange of letters with A and with B": one side's with each, not A's with B
        if len(pair) == 1 and any(c.dep_ == "poss" for c in ex.children):
            pair = _uniq(
                [p for p in [self._poss(ex)] if p is not None] + pair
            )  # "A's exchange of letters with B"
        if len(pair) != 2:
            return False
        a, b = pair
        for s, r in ((a, b),) if kind == "call" else ((a, b), (b, a)):
            d = self._add(Draft(kind, tok, s, [r], verb=None))
            d.distinct = kind != "call"
        return True

    def _passive_pair(self, verb: Token) -> tuple[Party, Party] | None:
        """'B was contacted/phoned by A': (A, B)."""
        agent = self._prep_party(verb, ("by",))
        patient = [p for c in verb.children if c.dep_ == "nsubjpass" for p in self._conj_parties(c)]
        if agent is not None and patient and patient[0] is not agent:
            return agent, patient[0]
        return None

    def _from_contact(self, verb: Token) -> None:
        obj = self._dobj(verb, "party")
        subj = self._subjects(verb)
        if obj is None:
            pair = self._passive_pair(verb)
            if pair is not None and not any(noun_kind(t) for t in sent_of(verb)):
                self._add(Draft("call", verb, pair[0], [pair[1]], verb=verb))
            return
        if not subj:
            return
        if any(noun_kind(t) for t in sent_of(verb) if t.i != verb.i):
            return  # "contacted B by letter": the noun says what it was
        other = self._party(obj)
        if other is not None and other is not subj[0]:
            self._add(Draft("call", verb, subj[0], [other], verb=verb))

    def _addressed_in_quote(self, verb: Token, sender: Party) -> list[Party]:
        """'A paid tribute to B on Monday. ... A wrote, "I appreciate your efforts ..."': a quote written
        to "you" after "wrote" is addressed to the one person A turned to in the sentences just before.
        Not for "wrote on X", "wrote in a column" (a post or an article, addressed to no one)."""
        if any(c.dep_ == "prep" and c.lower_ in ("on", "in", "for") for c in verb.children):
            return []
        sent = sent_of(verb)
        after = self.doc[verb.i + 1 : min(sent.end + 40, len(self.doc))]
        opened = next((t.i for t in after if t.is_quote), None)
        if opened is None or opened - verb.i > 3:
            return []
        if not any(t.lower_ in ("you", "your", "yours") and t.i > opened for t in after):
            return []
        start = max(0, sent.start - 150)
        for tok in reversed(self.doc[start : sent.start]):
            turned = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else None
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ADDRESS_VERBS:
                turned = tok.head  # "A thanked B for his help"
            if turned is not None and turned.pos_ == "VERB":
                if sender in self._subjects(turned):
                    p = self._party(tok)
                    if p is not None and p is not sender and p.ptype == "person":
                        return [p]
        return []

    def _from_verb_read_as_noun(self, tok: Token) -> None:
        """'2 April: A telephones B, the first call on record': the word between a person's name and the
        name after it, with no article or possessive of its own, is the line's verb."""
        if tok.i < 1 or tok.i + 1 >= len(self.doc) or any(c.dep_ in ("det", "poss") for c in tok.children):
            return
        before = self.doc[tok.i - 1]  # a name the tagger took for an adjective ("Sunthorn telephones B")
        left = self.idx.party_at(before) or (self.idx._find_person(before.text) if before.is_title else None)
        right = None
        for t in self.doc[tok.i + 1 : min(tok.i + 6, len(self.doc))]:
            if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP"):
                break
            right = right or self.idx.party_at(t)
        if left is None or right is None or left is right or left.ptype != "person" or blocked(tok):
            return
        start = tok.i - 1
        while (
            start > 0
            and self.doc[start - 1].is_title
            and self.doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN")
        ):
            start -= 1
        if start > sent_of(tok).start and self.doc[start - 1].text not in (":", "-", "\u2013", "\u2014"):
            return  # "Police seized A phones B had given him": the name opens no line or clause
        lem = tok.lemma_.lower()
        kind = "call" if lem in cues()["call_verbs"] else str(cues()["medium_verbs"][lem])
        self._add(Draft(kind, tok, left, [right]))

    def _from_phone_marked(self, verb: Token) -> None:
        things = [  # "Views were exchanged by phone between A and B": what was exchanged is no party
            c
            for c in verb.children
            if c.dep_ == "nsubjpass" and not c.ent_type_ and c.lemma_.lower() not in ROLE_HEADS
        ]
        if any(c.dep_ == "neg" for c in verb.children) or any(
            d.lower_ == "no" for t in things for d in t.children
        ):
            return  # "No views were exchanged by phone between A and B"
        subj = [] if things else self._subjects(verb)
        parties = _uniq(subj + self._prep_parties(verb, ("with", "to", "between")))
        for obj in verb.children:  # "exchanged views with B by telephone": 'with' hung on the object
            if obj.dep_ == "dobj" and not _is_name_like(obj):
                parties = _uniq(parties + self._prep_parties(obj, ("with",)))
            if (
                obj.dep_ in ("agent", "prep") and obj.lower_ == "by"
            ):  # "were exchanged by phone between A and B"
                parties = _uniq(
                    parties + [p for m in obj.children for p in self._prep_parties(m, ("between",))]
                )
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative") and _is_name_like(c)]
        addressed = [p for o in objs for p in self._conj_parties(o)]
        if len(parties) >= 2 and verb.lemma_.lower() in _DISCUSSING:  # "A and B discussed Ukraine by phone",
            addressed = [p for p in addressed if p.ptype == "person"]  # "A discussed X with B": X the topic
        parties = _uniq(parties + addressed)
        if len(parties) > 2 and len(self._subjects(verb)) == 1 and each_side(verb, parties[1:]):
            for other in parties[1:]:  # "exchanged greetings by phone with A, B and C": a call with each
                self._add(Draft("call", verb, parties[0], [other], verb=verb)).distinct = True
        elif len(parties) >= 2:
            self._add(Draft("call", verb, parties[0], parties[1:], verb=verb))

    def _addressed_extracts(self) -> None:
        """'X wrote many letters ... / To A, his nephew - 14.10.68 / <extract> / To B and C: "..."': a line
        that opens with 'To' and a party heads an extract of one of the letters the report said X wrote;
        each is a letter (or cable) from X to the parties that line names."""
        text = text_of(self.doc)
        series = [d for d in self.drafts if d.kind_class == "written"]
        for start in _line_starts(text):
            if not text.startswith("To ", start):
                continue
            span = self.doc.char_span(start, start + 2, alignment_mode="expand")
            if span is None:
                continue
            to = span[0]
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            head = self.doc.char_span(start, line_end, alignment_mode="contract")
            if head is None or len(head) > 40:
                continue
            before = [d for d in series if d.trigger.i < to.i and d.trigger.tag_ in ("NNS", "NNPS")]
            if not before:
                continue
            writer, kind = None, "letter"
            for source in reversed(before):  # the last series whose writer the report names
                verb = _verb_of(source.trigger)
                writer = source.sender or _first(self._subjects(verb) if verb is not None else [])
                if writer is not None:
                    kind = source.kind
                    break
            if writer is None:
                continue
            names = [p for p in party_list_from(self.doc, self.idx, to.i + 1) if p is not writer]
            if not names:
                names = self._names_after_to(to)
            if names and not self._taken(to):
                d = self._add(Draft(kind, to, writer, names, verb=None))
                d.distinct = True

    def _from_compliments(self, verb: Token) -> None:
        subj = self._subjects(verb)
        obj = next((c for c in verb.children if c.lemma_.lower() == "compliment"), None)
        if obj is None or not subj:
            return
        to = self._prep_parties(verb, ("to",)) or self._listed(obj, ("to",))
        to = [p for p in to if p is not subj[0]]
        if to:
            self._add(Draft("message", verb, subj[0], to[:1], verb=verb))

    def _names_after_to(self, to: Token) -> list[Party]:
        """The proper names (untagged by spaCy) a 'To' heading line addresses: 'To Ana Berg and Ida Berg'."""
        out: list[Party] = []
        i = to.i + 1
        while i < len(self.doc) and len(out) < 4:
            j = i
            while j < len(self.doc) and j - i < 4 and _capitalised_word(self.doc[j]):
                j += 1
            if j - i < 2:
                break
            who = self.idx.name_person(self.doc[i:j])
            if who is not None:
                out.append(who)
            if j < len(self.doc) and self.doc[j].lower_ == "and":
                i = j + 1
            else:
                break
        return out


def _capitalised_word(t: Token) -> bool:
    """A word of a name in a heading line (spaCy may tag a rare given name as an adjective)."""
    return t.text[:1].isupper() and t.is_alpha and not t.is_stop


# Verbs whose object is what is talked about, not who is talked to ("discussed Ukraine by phone").
_DISCUSSING = frozenset(
    {"discuss", "review", "debate", "examine", "consider", "raise", "explore", "assess", "agree"}
)


def _named_person(p: Party) -> bool:
    """A person the report names, not an office it could not tie to a name ("Norland president")."""
    return p.ptype == "person" and not any(w.lower() in ROLE_HEADS for w in p.name.split())
