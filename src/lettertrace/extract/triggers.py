"""Find candidate communication acts (triggers) in a parsed report and give each its arguments."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..datelines import dateline_tokens
from ..models import ReportMeta
from ..nlp import sent_of
from .acts import MoreActs
from .another import add_implied, dated_as_told, earlier_in_series, letters_told_to_group, next_in_series
from .bracketed import bracketed_label
from .call_media import by_video, caller_read_as_named, may_be_a_call, named_as_called, partners_on_medium
from .calls_each import (
    each_apart,
    each_asked,
    each_writer,
    hyphened_pair,
    listed_members,
    one_each,
    purpose_addressees,
    quote_speakers,
    readout_words,
    told_by_its_verb,
    we_in_quote,
)
from .control import counted_two
from .draft import Draft, Drafts
from .forwarded import ForwardedCopies
from .group_lists import named_to, spelled_out
from .index import PartyIndex
from .it_objects import ItObjects
from .lexicon import MEETING_WORDS, blocked, cues, figurative, noun_kind
from .lists import listed_to, party_list_after, party_list_from
from .mentions import INSTITUTION_HEADS, Party
from .merge_writers import office_of_a_body, role_only
from .outlets import outlet
from .patterns import REGISTRY
from .phrase_shapes import absolute_with
from .plural_senders import calls_of_each, plural_senders, received_froms, respective, split_plural
from .reach_out import ReachOut
from .replies import ReplyTriggers
from .roundups import in_roundup
from .stranded import to_after_from
from .syntax import (
    GREETING_NOUNS,
    GREETING_VERBS,
    _acts_for_another,
    _call_context,
    _date_word,
    _in_reply,
    _is_anaphoric,
    _is_distinct,
    _is_name_like,
    _is_ordinal_later,
    _is_reply_target,
    _phone_marked,
    _reply_compound,
    _sent_distance,
    _uniq,
    _verb_of,
    greeted_in_person,
    is_passive,
    named_before_day,
    sentence_span,
    stranded_to,
)
from .that_clause import before_that
from .trigger_checks import (
    _first_or_second_person,
    _held_role,
    _indefinite,
    _personal,
    _work_title,
    displaced_verb,
    each_side,
    finite_after_apposition,
    inverted_report,
    meeting_to_come,
    names_called,
    one_text_to_all,
    span_of_time,
)
from .written_again import addressees_again

# ---------------------------------------------------------------- finding drafts


def _aux(verb: Token) -> bool:
    """A verb with an auxiliary of its own ("has called", "does call")."""
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


class DraftFinder(ReplyTriggers, MoreActs, ItObjects, ForwardedCopies, ReachOut):
    """Walks the sentences of a parsed report and collects communication drafts."""

    def __init__(self, doc: Doc, idx: PartyIndex, meta: ReportMeta) -> None:
        self.doc = doc
        self.idx = idx
        self.meta = meta
        self.drafts: list[Draft] = Drafts()
        self.title_end = meta.title_span[1] if meta.title_span else 0
        self.call_context = _call_context(doc, meta)
        met = [t for t in doc if t.lemma_.lower() in MEETING_WORDS and not meeting_to_come(t)]
        self.in_person = bool(met)  # the report tells of a meeting
        # ... other than by 'talked with B' itself, which a readout may tell of a call ("held talks" is one)
        self.met_in_person = any(not (t.pos_ == "VERB" and t.lemma_ == "talk") for t in met)
        self.dateline = dateline_tokens(doc)

    def run(self) -> list[Draft]:
        for tok in (t for sent in self.doc.sents for t in sent):
            self._at(tok)
        self._greeting_acts()
        self._addressed_extracts()
        self._letters_taken_up()  # "A drafted a letter and B signed it"
        self._forwarded_by_addressee()  # "B forwarded a copy of A's letter to C": B's to C
        return self.drafts

    def _greeting_acts(self) -> None:
        """'X extended condolences to Y. ... In his message, X ...': that act, with its addressees and date."""
        acts = []
        for tok in self.doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in GREETING_VERBS or blocked(tok):
                continue
            nxt = self.doc[tok.i + 1 : tok.i + 4]
            if any(c.dep_ == "dobj" and c.lemma_.lower() in GREETING_NOUNS for c in tok.children):
                subj = self._subjects(tok)
                if subj:
                    acts.append((tok, subj[0], self._prep_parties(tok, ("to",))))
            elif any(t.lemma_.lower() in GREETING_NOUNS for t in nxt):
                act = self._linear_act(tok)  # the parse missed the clause: read it left to right
                if act is not None:
                    acts.append(act)
        for d in self.drafts:
            if d.kind == "call" or d.sender is None:
                continue
            for verb, who, to in acts:
                near = 0 <= _sent_distance(verb, d.trigger) <= 2
                if who is d.sender and near and verb.idx <= d.trigger.idx + 200:
                    d.anchors.append(verb.i)
                    span = sentence_span(verb)
                    if span not in d.sentences:
                        d.sentences.append(span)
                    if not d.recipients and to:
                        d.recipients = [p for p in to if p is not d.sender]

    def _at(self, tok: Token) -> None:
        for pattern in REGISTRY:
            if pattern.gate(tok):
                getattr(self, pattern.method)(tok)
                if pattern.exclusive:
                    return

    def _taken(self, tok: Token) -> bool:
        """Whether a draft already stands on ``tok``: a look-up in the drafts' trigger count."""
        drafts = self.drafts
        if not isinstance(drafts, Drafts):
            drafts = self.drafts = Drafts(drafts)  # a step filtered the drafts into a plain list
        return drafts.on(tok.i)

    def _noun_trigger(self, tok: Token) -> None:
        kind = noun_kind(tok)
        if kind is not None and not blocked(tok) and not figurative(tok) and not self._taken(tok):
            self._from_noun(tok, kind)

    # -------------------------------------------------------- nouns

    def _from_noun(self, tok: Token, kind: str) -> None:
        if _is_reply_target(tok) or bracketed_label(tok):
            return  # handled with the reply that names it; "Documents (letters and notes)": a kind of thing
        if tok.idx >= self.title_end and _work_title(tok) or greeted_in_person(tok):
            return  # "her Letter to the Nation": a title; "conveyed greetings during the meeting": in person
        if (
            self._exchange_noun(tok, kind)
            or self._returned_call(tok, kind)
            or kind == "call"
            and told_by_its_verb(tok)
        ):
            return
        sender, recips = self._noun_parties(tok, kind)
        if kind == "call" and not recips and (pair := hyphened_pair(tok)) is not None:  # "the A-B call"
            sender, other = self.idx._find_person(pair[0].text), self.idx._find_person(pair[1].text)
            recips = [other] if other is not None and sender is not None and other is not sender else []
        anaphoric = _is_anaphoric(tok) and sender is None and not recips
        d = Draft(kind=kind, trigger=tok, sender=sender, recipients=recips, anaphoric=anaphoric)
        d.distinct = _is_distinct(tok) and not _is_ordinal_later(tok) or _first_or_second_person(tok)
        d.verb = _verb_of(tok)
        if d.verb is not None and tok.dep_ == "npadvmod" and d.verb.tag_ == "VBG":
            d.verb = displaced_verb(tok) or d.verb  # "sent B a note expressing concern": sent, not expressing
        if d.verb is not None and tok.dep_ == "pobj":  # "warned B that ..., in a letter dated X": warned
            d.verb = before_that(d.verb, tok.head)
        if _in_reply(tok):
            d.reply_to = self._latest_to(sender)
            if d.reply_to is not None and not d.recipients and d.reply_to.sender is not None:
                d.recipients = [d.reply_to.sender]
        elif _reply_compound(tok) and sender is not None:
            # "B sent a reply message (to A)", "In a reply letter, B ...": it answers what A sent B
            d.reply_to = self._answered_letter(sender, tok, recips[0] if recips else None)
            if d.reply_to is not None and not d.recipients and d.reply_to.sender is not None:
                d.recipients = [d.reply_to.sender]
        self._add(d)
        said_each = any(c.lower_ == "each" for c in tok.head.subtree if c.i < tok.i)
        each = tok.tag_ in ("NNS", "NNPS") or said_each
        # "A and B sent letters to C and D": one to each (not "to C and D respectively": one of each sender)
        to_each = not said_each and len(d.recipients) > 1 and not respective(tok)
        if each and not to_each and len(plural_senders(self, tok)) > 1:  # (none but of an object: "sent ...")
            split_plural(self, d)
        elif tok.tag_ in ("NNS", "NNPS") and not calls_of_each(self, d):  # "A and B called C in calls"
            self._split_roundup(d)
        if _is_ordinal_later(tok):
            (next_in_series if anaphoric else add_implied)(self.drafts, d)
        earlier_in_series(self.drafts, d)  # "A wrote to B. Her first letter, sent on Monday, ..."

    def _from_write(self, verb: Token) -> None:
        if inverted_report(verb) or any(
            noun_kind(c) or c.lemma_.lower() in GREETING_NOUNS
            for c in verb.children
            if c.dep_ in ("dobj", "nsubjpass")
        ):
            return  # the noun's own pattern reads "sent a letter"; "A, writes B, was calm": B's report of A
        lem = verb.lemma_.lower()
        kind = "letter" if lem in cues()["write_verbs"] else str(cues()["medium_verbs"].get(lem, "message"))
        recips = self._prep_parties(verb, ("to",)) + self._dative(verb)
        dobj = [c for c in verb.children if c.dep_ == "dobj"]
        if (
            not recips
            and dobj
            and _is_name_like(dobj[0])
            and (dobj[0].pos_ != "PRON" or dobj[0].lower_ in ("him", "her", "them", "me", "us"))  # not "it"
            and (lem == "write" or kind == "message")
        ):
            # "A wrote B" (US style), "A cabled B", "emailed the officer, B"
            recips = self._conj_parties(dobj[0])
        nxt = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if not recips and kind == "message" and nxt is not None and nxt.pos_ == "PROPN":
            recips = party_list_from(self.doc, self.idx, nxt.i)[:1]  # the parse lost "cabled B" to a clause
        listed = self._listed(verb, ("to",)) or (
            party_list_from(self.doc, self.idx, dobj[0].left_edge.i) if dobj and recips else []
        )
        spelled = spelled_out(self.doc, self.idx, verb, recips, listed)  # "to three officials: A, B and C"
        recips = spelled or _uniq(recips + (listed if recips else []))  # "wrote to A and B, C"
        subj = self._prep_parties(verb, ("by",)) if is_passive(verb) else self._subjects(verb)
        subj = [p for p in [self._on_behalf_of(verb)] if p and p.ptype == "person"] or [
            p for p in subj if p not in spelled
        ]  # "on behalf of A"; not an addressee read as the writer's apposition ("A wrote to them: B, C")
        recips = recips or [p for c in stranded_to(verb) for p in self._conj_parties(c)]  # "B was written to"
        recips = recips or [p for c in to_after_from(verb) for p in self._conj_parties(c)]  # "from X to B"
        recips = recips or [p for o in purpose_addressees(verb) for p in self._conj_parties(o)]  # to thank B
        both = not recips and bool(dobj) and counted_two(dobj[0])  # "A telegraphs both premiers": one each
        pair = self._pair_before(dobj[0], collective=True) if both else []
        recips = recips or (pair if len(pair) == 2 and not any(p in subj for p in pair) else [])
        if not recips and subj and (lem == "write" or kind == "message"):  # "A telegraphed again"
            recips = (
                self._addressed_in_quote(verb, subj[0])
                or in_roundup(verb, self.drafts, subj[0])
                or addressees_again(verb, self.drafts, subj[0])
            )
        among = listed_members(verb)
        apart = each_apart(verb)  # "A and C separately wrote to B", "A wrote separately to B and to C": each
        among = among or apart and not each_asked(verb) or each_writer(verb)
        split = both or apart
        for s in (
            subj if among else subj[:1]
        ):  # "Among those who wrote to B were A and C", "A and C each wrote"
            for group in [[r] for r in recips] if split else [recips] if recips else []:
                d = self._add(Draft(kind, verb, s, [r for r in group if r is not s], verb=verb))
                d.distinct = d.distinct or among or split

    def _from_call_verb(self, verb: Token) -> None:
        lem = verb.lemma_.lower()
        if lem == "call" and verb.tag_ in ("VBZ", "VBP") and verb.idx >= self.title_end and not _aux(verb):
            return  # "the islets that X calls Dokdo": the simple present names (a headline's 'calls' tells)
        nxt = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if lem == "call" and nxt is not None and nxt.lower_ in cues()["not_call_particles"]:
            after = self.doc[nxt.i + 1] if nxt.i + 1 < len(self.doc) else None
            if after is None or not (after.ent_type_ in ("DATE", "TIME") or _date_word(after)):
                return  # "called on X to ...", "called for calm" ("called on Tuesday" reads on)
        subject = finite_after_apposition(verb) if lem == "call" else None  # "The president, X, called Y"
        if lem == "call" and verb.dep_ in ("amod", "acl") and verb.tag_ == "VBN" and subject is None:
            return  # "a man called Smith", "so-called"
        if lem == "call" and names_called(verb):
            return  # "called Deputy Prime Minister X a liar in parliament"
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        named = [c for c in verb.children if c.dep_ in ("oprd", "attr") and not span_of_time(c)]
        if objs and named and lem == "call":
            return  # "called him a liar"
        if lem == "call" and any(c.pos_ == "NOUN" and _indefinite(c) for c in named):
            return  # "called Prime Minister X a liar", read as two complements
        if lem == "call" and any(
            c.dep_ in ("appos", "npadvmod", "attr")
            and c.pos_ == "NOUN"
            and c.i > o.i
            and _indefinite(c)
            and not span_of_time(c)  # "called X a week later", "an estimated 20 times"
            and self.doc[c.left_edge.i - 1].text != ","  # "called X, a longtime ally,": a call
            for o in objs
            for c in o.children
        ):
            return  # "called X a coward in parliament": the epithet hung on X (apposition, adverbial)
        if lem == "call" and named and any(c.dep_ == "auxpass" for c in verb.children):
            return  # "the resolution, which is also called X": a name, no call
        if lem == "call" and any(
            g.pos_ == "NOUN"
            and any(p.dep_ == "poss" for p in g.children)
            and g.lemma_.lower() not in INSTITUTION_HEADS  # "called A of X's office" is a call
            for o in objs
            for of in o.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for g in of.children
        ):
            return  # "called President A of X's bluff": the object is what A of X owns
        if not objs and lem == "call" and any(_held_role(c) for c in named):
            objs = [c for c in named if _held_role(c)]  # "called Ostravia's leader, B" read as naming
        if not objs and lem == "call":
            objs = named_as_called(self.idx, named)  # "called Prime Minister X", read as naming
        if not objs:  # "A phoned B Monday": B read as the weekday's modifier
            objs = [
                n
                for c in verb.children
                if c.dep_ == "npadvmod"
                for n in [named_before_day(c, self.idx.tok2party)]
                if n
            ]
        objs = objs or purpose_addressees(verb)  # "A telephoned to tell B that ..."
        with_whom = self._prep_parties(verb, ("with",)) if lem != "call" else []
        subj = self._subjects(verb) or (
            [p for p in [self._party(subject)] if p] if subject is not None else []
        )
        if not subj and lem == "call" and caller_read_as_named(verb, named):  # "A called B on Monday"
            subj = [p for p in [self._party(verb.head)] if p is not None and p.ptype == "person"]
        if not objs and with_whom and subj:  # "A telephoned with B" (a readout's calque)
            self._add(Draft("call", verb, subj[0], [r for r in with_whom if r is not subj[0]][:1], verb=verb))
            return
        if not objs:
            pair = self._passive_pair(verb)  # "B was phoned by A"
            if pair is not None:
                self._add(Draft("call", verb, pair[0], [pair[1]], verb=verb))
            return
        recips = _uniq([p for o in objs for p in self._conj_parties(o)])
        recips = recips or [
            p for o in objs if (p := self._name_after_comma(o))
        ]  # "his counterpart from X, B"
        recips += [p for p in party_list_from(self.doc, self.idx, objs[0].left_edge.i) if p not in recips]
        if not (recips and subj and _is_name_like(objs[0])):
            return
        recips = [r for r in recips if r is not subj[0]]  # an ambassador on the phone is a party, no courier
        for caller, r in (
            (s, r) for s in one_each(verb, subj) for r in recips if r is not s
        ):  # one call each
            self._add(Draft("call", verb, caller, [r], verb=verb)).distinct = (
                len(recips) > 1 or caller is not subj[0]
            )

    def _from_speak(self, verb: Token) -> None:
        marked = _phone_marked(verb) or self._recent_call(verb)
        phone = marked or readout_words(verb) and not self.met_in_person  # a readout's "A spoke to B today"
        if not phone:
            return
        if any(c.dep_ == "nsubj" and _acts_for_another(c) for c in verb.children):
            return  # "Aides to A and B spoke by phone": not a call of A or B
        found = self._prep_parties(verb, ("with", "to")) + partners_on_medium(self, verb)  # "by video link"
        found += [  # "spoke with A, welcoming X, and separately with B": 'with B' joined to the participle
            p for t in verb.subtree if t.dep_ == "conj" and t.lower_ == "with" and t.head.i != verb.i
            for p in self._pobj_parties(t) if found and p not in found
        ]  # fmt: skip
        aside = {self.idx.tok2party.get(t.i) for a in verb.children if absolute_with(a) for t in a.subtree}
        others = [
            o for o in found if not outlet(o, verb) and o.key not in aside
        ]  # not "to X News", "with X topping"
        if not marked or by_video(verb):  # "spoke via video link to the UN General Assembly": an address
            others = [o for o in others if _personal(o)]  # a readout's call is with a person
            if not others:
                return
        subj = _uniq(self._subjects(verb) + self._subject_persons(verb))
        if not subj and marked and verb.dep_ == "acl" and (named := self._party(verb.head)) is not None:
            subj = [named]  # "A, speaking by telephone with B, pledged ...": the participle is A's
        held = self._held_subjects(verb) if marked else []
        subj = held or subj  # "The presidents of X and Y spoke by phone" (named further on)
        if not others and any(c.dep_ == "nsubj" and counted_two(c) for c in verb.children):
            subj = self._pair_before(verb) or subj  # "The two heads of state last spoke by phone in May"
        if not marked and not any(_personal(p) for p in subj):
            return  # "Reuters spoke to A on Monday": an interview
        if not subj and not others:  # "the two leaders spoke by phone", 'A said: "We spoke by phone"'
            pair = self._pair_before(
                verb, collective=(we := marked and we_in_quote(verb))
            )  # the pair last named
            subj = pair if not we or any(self._party(t) in pair for t in quote_speakers(verb)) else []
        if not subj:
            return
        if not others and len(subj) > 1:
            others = subj[1:]
        others = [o for o in others if o is not subj[0]]  # "spoke with A and with B": two calls
        sides = [[o] for o in others] if each_side(verb, others) else [others] if others else []
        for caller, side in ((s, x) for s in one_each(verb, subj) for x in sides if s not in x):
            self._add(Draft("call", verb, caller, side, verb=verb)).distinct = caller is not subj[0]

    def _from_similar(self, verb: Token) -> None:
        subj = _uniq(self._subjects(verb) + self._subject_persons(verb))
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        kind = (noun_kind(obj) if obj is not None else None) or "message"
        # "sent separate messages of congratulations to B": the 'to' hung on the 'of' is the noun's
        recips = self._prep_parties(verb, ("to",)) or (
            self._noun_parties(obj, kind)[1] if obj is not None and named_to(obj) else []
        )
        recips = listed_to(self.doc, self.idx, obj, recips) if obj is not None else recips  # "to A, and to B"
        prev = self._last_written()
        bodies = [p for p in self.idx.live() if p.ptype == "org"]
        if prev is not None and all(role_only(r) and not office_of_a_body(r, bodies) for r in recips):
            recips = list(prev.recipients)
        passive = obj is not None and obj.dep_ == "nsubjpass"
        before = [
            d
            for d in self.drafts
            if d.sender is not None and d.kind != "call" and obj and d.trigger.i < obj.i
        ]
        told = before[-1] if before else None
        if passive and told is not None and told.sender is not None and not self._prep_parties(verb, ("by",)):
            # "A sent a message to B. Similar messages were sent to C and D": A sent them too
            subj = [told.sender]
            recips = [r for r in self._prep_parties(verb, ("to",)) if r is not told.sender]
        one_text = obj is not None and one_text_to_all(obj)
        groups = [[r] for r in recips] if len(subj) == 1 and len(recips) > 1 and not one_text else [recips]
        for s in subj:  # "A and C dispatched similar cables to B"; "A sent separate letters to B and C" (but
            # "identical letters to B and C": one text to both, as the Security Council circulates it)
            for group in groups:
                self._add(Draft(kind, obj or verb, s, group, verb=verb)).distinct = True

    def _linear_act(self, verb: Token) -> tuple[Token, Party, list[Party]] | None:
        sent = sent_of(verb)
        before = [
            self.idx.parties[self.idx.tok2party[t.i]]
            for t in sent
            if t.i < verb.i and t.i in self.idx.tok2party
        ]
        people = [p for p in before if p.ptype == "person"]
        to = next((t for t in self.doc[verb.i : sent.end] if t.lower_ == "to"), None)
        if not people or to is None:
            return None
        after = [
            self.idx.parties[self.idx.tok2party[t.i]]
            for t in self.doc[to.i + 1 : sent.end]
            if t.i in self.idx.tok2party
        ]
        best = [p for p in after if p.ptype == "person"] or after
        return (verb, people[0], best[:1]) if best else None

    def _recent_call(self, verb: Token) -> bool:
        """'speak' in a report of calls is a call ("the two leaders last spoke on 20 October"), not how people
        speak ("A and I speak frankly"); so is 'had spoken with X' a few sentences after a call."""
        if verb.lemma_ == "speak" and self.call_context:
            return may_be_a_call(verb)  # not "A and I speak frankly", not "speaking to 300 supporters"
        if verb.lemma_ != "speak" or not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            return False
        return any(d.kind == "call" and 0 <= verb.idx - d.trigger.idx < 1200 for d in self.drafts)

    def _split_roundup(self, d: Draft) -> None:
        """One act per party listed ("sent messages to A, B and C"), unless one text went to all ("identical letters")."""
        if one_text_to_all(d.trigger) or any(c.lower_ == "joint" for c in d.trigger.children):
            return
        if (
            len(d.recipients) > 1
            and d.kind != "call"
            or d.kind == "call"
            and len(d.recipients) > 1
            and d.sender
        ):
            first, *rest = d.recipients
            d.recipients = [first]
            d.distinct = not _is_anaphoric(d.trigger)  # "her letters to Athens and Valletta": told before
            told = letters_told_to_group(self.drafts, d, rest)  # "The letters were addressed to A, B and C"
            for r in rest:
                twin = self._add(Draft(d.kind, d.trigger, d.sender, [r], verb=d.verb))
                twin.distinct = d.distinct or told is not None
                twin.sentences = list(d.sentences)
                dated_as_told(twin, told)
            return
        senders = [p for p in self._listed(d.trigger, ("from",)) if p not in d.recipients]
        if d.trigger.dep_ == "nsubjpass":  # "were received by B from A, who ..., and from C": each 'from'
            froms = sorted(received_froms(d.trigger.head), key=lambda t: t.i)
            senders += [
                p for f in froms for p in self._pobj_parties(f) if p not in d.recipients and p not in senders
            ]
        agent = next(
            (
                c
                for c in d.trigger.head.children
                if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "from" and d.trigger.dep_ == "nsubj"
            ),
            None,
        )
        if len(senders) < 2 and d.trigger.dep_ in ("nsubj", "nsubjpass") and agent is not None:
            # "Messages were sent to A by B, C and D": one per sender, read left to right
            senders = [p for p in party_list_after(self.doc, self.idx, agent) if p not in d.recipients]
        if len(senders) > 1 and d.sender in senders:
            d.distinct = True
            for s in senders:
                if s is not d.sender:
                    twin = self._add(Draft(d.kind, d.trigger, s, list(d.recipients), verb=d.verb))
                    twin.distinct = True
                    twin.sentences = list(d.sentences)
