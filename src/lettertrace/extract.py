"""Extraction stage: communications, their parties, dates, replies, full texts; then quotes.

One public function, :func:`extract`, from the clean text and report metadata to an
:class:`~lettertrace.models.Extraction`. Reports with no communication cue skip spaCy.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from . import datex, fulltext, names, nlp, prefilter, quotes
from .comms import Draft, blocked, cues, noun_kind
from .models import (
    CleanText,
    CommMention,
    DateInterval,
    Extraction,
    Flag,
    Options,
    PartyMention,
    ReportMeta,
    Span,
)
from .nlp import sent_of, text_of
from .parties import Party, PartyIndex


def extract(clean: CleanText, meta: ReportMeta, options: Options) -> Extraction:
    """All communications, quotes, paraphrases and demands stated in one report."""
    if options.prefilter and not prefilter.has_cue(clean.text):
        return Extraction()
    doc = nlp.parse(clean.text, options.spacy_model)
    idx = PartyIndex(doc)
    finder = DraftFinder(doc, idx, meta)
    drafts = finder.run()
    texts = fulltext.find_full_texts(doc, idx, drafts, meta)
    title_senders = [d.sender for d in drafts if d.from_title and d.sender is not None and not d.answered]
    drafts = merge_drafts(drafts)
    drafts = [d for d in drafts if valid(d)]
    flags = fulltext.headline_flags(drafts, meta, title_senders)
    comms = build_mentions(doc, drafts, meta)
    qs, paras, demands = quotes.extract_quotes(doc, idx, drafts, texts)
    parties = _parties_used(idx, drafts, qs, paras)
    return Extraction(
        communications=tuple(comms),
        quotes=tuple(qs),
        paraphrases=tuple(paras),
        demands=tuple(demands),
        flags=tuple(flags),
        parties=tuple(parties),
    )


# ---------------------------------------------------------------- finding drafts


class DraftFinder:
    """Walks the sentences of a parsed report and collects communication drafts."""

    def __init__(self, doc: Doc, idx: PartyIndex, meta: ReportMeta) -> None:
        self.doc = doc
        self.idx = idx
        self.meta = meta
        self.drafts: list[Draft] = []
        self.title_end = meta.title_span[1] if meta.title_span else 0
        self.call_context = _call_context(doc, meta)
        self.dateline = dateline_tokens(doc)

    def run(self) -> list[Draft]:
        for sent in self.doc.sents:
            for tok in sent:
                self._at(tok)
        self._greeting_acts()
        return self.drafts

    def _greeting_acts(self) -> None:
        """'X on Friday extended condolences to Y. ... In his message, X ...': the message is that act,
        so it takes the act's addressees and its date words."""
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
        if tok.lemma_.lower() in cues()["reply_nouns"] and tok.pos_ == "NOUN":
            self._from_reply_noun(tok)
            return
        kind = noun_kind(tok)
        if kind is not None:
            if not blocked(tok) and not self._taken(tok):
                self._from_noun(tok, kind)
            return
        if tok.pos_ != "VERB" or blocked(tok):
            return
        lem = tok.lemma_.lower()
        if lem in cues()["write_verbs"]:
            self._from_write(tok)
        elif lem in cues()["call_verbs"] or lem == "call":
            self._from_call_verb(tok)
        if lem in ("speak", "talk", "chat", "converse", "confer"):
            self._from_speak(tok)
        if lem in cues()["reply_verbs"]:
            self._from_reply_verb(tok)
        if lem in ("dispatch", "send") and _has_similar(tok):
            self._from_similar(tok)

    def _taken(self, tok: Token) -> bool:
        return any(d.trigger.i == tok.i for d in self.drafts)

    def _add(self, d: Draft) -> Draft:
        d.sentences.append(sentence_span(d.trigger))
        d.from_title = d.trigger.idx < self.title_end
        self.drafts.append(d)
        return d

    # -------------------------------------------------------- nouns

    def _from_noun(self, tok: Token, kind: str) -> None:
        if _is_reply_target(tok):
            return  # handled with the reply that names it
        sender, recips = self._noun_parties(tok, kind)
        anaphoric = _is_anaphoric(tok) and sender is None and not recips
        d = Draft(kind=kind, trigger=tok, sender=sender, recipients=recips, anaphoric=anaphoric)
        d.distinct = _is_distinct(tok) and not _is_ordinal_later(tok)
        d.verb = _verb_of(tok)
        if _in_reply(tok):
            d.reply_to = self._latest_to(sender)
            if d.reply_to is not None and not d.recipients and d.reply_to.sender is not None:
                d.recipients = [d.reply_to.sender]
        self._add(d)
        if tok.tag_ in ("NNS", "NNPS") and tok.dep_ == "dobj" and len(self._subjects(tok.head)) > 1:
            self._split_plural(d)
        if _is_ordinal_later(tok) and not anaphoric:
            self._add_implied(d)

    def _noun_parties(self, tok: Token, kind: str) -> tuple[Party | None, list[Party]]:
        sender = self._poss(tok)
        if sender is not None and _poss_is_pronoun(tok) and tok.dep_ == "pobj":
            sender = None  # "In his letter, X said": the subject names him
        recips: list[Party] = []
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "for") and child.lower_ == "to":
                recips += self._pobj_parties(child)
            elif child.dep_ == "prep" and child.lower_ in ("from", "by"):
                sender = sender or _first(self._pobj_parties(child))
            elif child.dep_ == "prep" and child.lower_ in ("with", "between") and kind == "call":
                recips += self._pobj_parties(child)
            elif child.dep_ == "acl":
                s2, r2 = self._acl_parties(child)
                sender = sender or s2
                recips += r2
            elif child.dep_ == "relcl" and child.lemma_ in cues()["send_verbs"]:
                subj = self._subjects(child)
                sender = sender or (subj[0] if subj else None)
                recips += self._prep_parties(child, ("to",)) + self._dative(child)
        s3, r3 = self._head_parties(tok, kind)
        sender = sender or s3 or self._compound_person(tok)
        recips += [r for r in r3 if r not in recips]
        if sender is None and _poss_is_pronoun(tok):
            sender = self._poss(tok)
        if sender is None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through", "via"):
            sender = self._linear_sender(tok, recips)
        if kind == "call" and sender is not None and sender in recips:
            recips.remove(sender)
        if kind == "call" and sender is None and len(recips) == 1:
            root_subj = self._subjects(sent_of(tok).root)
            if root_subj and root_subj[0] not in recips and root_subj[0].ptype == "person":
                sender = root_subj[0]  # "Albanese says chat with Trump warm"
        if kind == "call" and sender is None and len(recips) >= 2:
            sender = recips[0]  # "a call between X and Y": a call has no direction
            recips = recips[1:]
        return sender, _uniq([r for r in recips if r is not sender])

    def _head_parties(self, tok: Token, kind: str) -> tuple[Party | None, list[Party]]:
        head = tok.head
        lem = head.lemma_.lower()
        if tok.dep_ in ("dobj", "nsubjpass") and lem in cues()["receive_verbs"]:
            return self._prep_party(head, ("from", "by")), self._subjects(head)
        if tok.dep_ == "nsubjpass" and lem in cues()["send_verbs"] and _definite(tok):
            return self._passive_anaphor(head)
        if tok.dep_ in ("dobj", "nsubjpass") and (
            lem in cues()["send_verbs"] or lem in ("hold", "have", "make", "place")
        ):
            subj = self._subjects(head) or self._subject_persons(head)
            if any(c.dep_ == "nsubj" and _collective(c) for c in head.children):
                subj = (
                    self._subject_persons(head) or subj
                )  # "The prime ministers of A, X, and B, Y, have signed"
            sender = subj[0] if subj else self._prep_party(head, ("by",))
            recips = self._prep_parties(head, ("to",)) + self._dative(head)
            if kind == "call":
                recips += self._prep_parties(head, ("with",))
                recips += subj[1:]
            return sender, recips
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            verb = head.head
            if head.lower_ in ("in", "through", "via", "during", "with", "by") and verb.pos_ in (
                "VERB",
                "AUX",
            ):
                subj = self._subjects(verb)
                if kind == "call":
                    subj = _uniq(subj + self._subject_persons(verb))
                recips = self._prep_parties(verb, ("to",)) if verb.lemma_ in cues()["send_verbs"] else []
                if kind == "call":
                    recips += subj[1:]
                    recips += self._prep_parties(verb, ("with",))
                return (subj[0] if subj else None), recips
        if tok.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB":
            return self._prep_party(head, ("by",)), self._prep_parties(head, ("to",))
        return None, []

    def _passive_anaphor(self, verb: Token) -> tuple[Party | None, list[Party]]:
        """'The letters were conveyed by the ambassador ... to the Secretary General': couriers are not senders."""
        agent = self._prep_party(verb, ("by",))
        agent_tok = next(
            (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None
        )
        if agent_tok is not None and _head_word_of(agent_tok) in COURIER_HEADS:
            agent = None
        tos = [
            g
            for t in verb.subtree
            if t.dep_ in ("prep", "dative") and t.lower_ == "to"
            for g in t.children
            if g.dep_ == "pobj"
        ]
        parties = [p for p in (self._party(g) for g in tos) if p is not None and not _is_courier(p)]
        return agent, parties[-1:]

    def _acl_parties(self, acl: Token) -> tuple[Party | None, list[Party]]:
        sender = None
        recips: list[Party] = []
        for child in acl.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("by", "from")):
                sender = sender or _first(self._pobj_parties(child))
            elif child.dep_ in ("prep", "dative") and child.lower_ == "to":
                recips += self._pobj_parties(child)
        return sender, recips

    def _linear_sender(self, tok: Token, recips: list[Party]) -> Party | None:
        """'In a letter to R, S, the chief of ..., pointed': the first other party before the verb."""
        verb = _verb_of(tok)
        end = verb.i if verb is not None and verb.i > tok.i else sent_of(tok).end
        for t in tok.doc[tok.i + 1 : end]:
            key = self.idx.tok2party.get(t.i)
            if key is None:
                if t.dep_ in ("appos", "nsubj") and _is_role_noun(t) and t.text.islower():
                    p = self._party(t)
                    if p is not None and p not in recips:
                        return p
                continue
            p = self.idx.parties[key]
            if p not in recips and p.ptype in ("person", "org"):
                return p
        return None

    def _compound_person(self, tok: Token) -> Party | None:
        """'the Trump letter', 'President Trump Letter To Erdogan': a person named as modifier is the sender."""
        for child in tok.children:
            if child.dep_ == "compound" and child.i in self.idx.tok2party:
                p = self.idx.parties[self.idx.tok2party[child.i]]
                if p.ptype == "person" and len(names.core_tokens(p.name)) >= 2:
                    return p
        return None

    def _poss(self, tok: Token) -> Party | None:
        for child in tok.children:
            if child.dep_ == "poss":
                return self._party(child)
        return None

    # -------------------------------------------------------- verbs

    def _from_write(self, verb: Token) -> None:
        if any(noun_kind(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            return
        recips = self._prep_parties(verb, ("to",)) + self._dative(verb)
        dobj = [c for c in verb.children if c.dep_ == "dobj"]
        if not recips and dobj and dobj[0].pos_ == "PROPN" and verb.lemma_ == "write":
            recips = [p for p in [self._party(dobj[0])] if p]
        subj = self._subjects(verb)
        if recips and subj:
            self._add(Draft("letter", verb, subj[0], recips, verb=verb))

    def _from_call_verb(self, verb: Token) -> None:
        lem = verb.lemma_.lower()
        if lem == "call" and any(
            c.dep_ in ("prt", "prep", "oprd", "attr", "acomp", "ccomp")
            and c.lower_ in cues()["not_call_particles"]
            or c.dep_ in ("oprd", "attr")
            for c in verb.children
        ):
            return
        if lem == "call" and verb.dep_ in ("amod", "acl") and verb.tag_ == "VBN":
            return  # "a man called Smith", "so-called"
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if not objs:
            return
        recips = [p for p in (self._party(o) for o in objs) if p is not None]
        subj = self._subjects(verb)
        if recips and subj and subj[0] not in recips and _is_name_like(objs[0]):
            self._add(Draft("call", verb, subj[0], recips, verb=verb))

    def _from_speak(self, verb: Token) -> None:
        phone = (
            _phone_marked(verb) or (self.call_context and verb.lemma_ == "speak") or self._recent_call(verb)
        )
        if not phone:
            return
        others = self._prep_parties(verb, ("with", "to"))
        subj = _uniq(self._subjects(verb) + self._subject_persons(verb))
        if not subj:
            return
        if not others and len(subj) > 1:
            others = subj[1:]
        if others:
            self._add(Draft("call", verb, subj[0], [o for o in others if o is not subj[0]], verb=verb))

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
        if replier is None:
            return
        if target_noun is None:
            target = self._latest_to(replier)
            if target is None or noun.head.lower_ != "in":
                return
        else:
            target = self._reply_target(target_noun, replier)
        if target is None:
            return
        kind = target.kind
        recips = [target.sender] if target.sender is not None else []
        d = self._add(Draft(kind, noun, replier, recips, verb=verb))
        d.reply_to = target

    def _from_similar(self, verb: Token) -> None:
        subj = _uniq(self._subjects(verb) + self._subject_persons(verb))
        recips = self._prep_parties(verb, ("to",))
        prev = next((d for d in reversed(self.drafts) if d.recipients and d.kind != "call"), None)
        if prev is not None and (not recips or all(_role_only(r) for r in recips)):
            recips = list(prev.recipients)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        kind = (noun_kind(obj) if obj is not None else None) or "message"
        for s in subj:
            self._add(Draft(kind, obj or verb, s, recips, verb=verb)).distinct = True

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
        """A call was reported in the last few sentences, so 'had spoken with X' is one too."""
        if verb.lemma_ != "speak" or not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            return False
        return any(d.kind == "call" and 0 <= verb.idx - d.trigger.idx < 1200 for d in self.drafts)

    def _latest_to(self, party: Party | None) -> Draft | None:
        if party is None:
            return None
        for d in reversed(self.drafts):
            if party in d.recipients:
                return d
        return None

    def _split_plural(self, d: Draft) -> None:
        subj = self._subjects(d.trigger.head) if d.trigger.dep_ == "dobj" else []
        if len(subj) > 1 and d.sender in subj:
            d.distinct = True
            for s in subj[1:]:
                twin = self._add(Draft(d.kind, d.trigger, s, list(d.recipients), verb=d.verb))
                twin.distinct = True
                twin.sentences = list(d.sentences)
                self.drafts.remove(twin)
                self.drafts.append(twin)

    def _add_implied(self, d: Draft) -> None:
        earlier = Draft(d.kind, d.trigger, d.sender, list(d.recipients), implied=True, distinct=True)
        earlier.sentences.append(sentence_span(d.trigger))
        self.drafts.append(earlier)

    # -------------------------------------------------------- party helpers

    def _party(self, tok: Token) -> Party | None:
        if tok.i in self.dateline or _collective(tok):
            return None
        p = self.idx.party_at(tok)
        if p is None and tok.pos_ in ("NOUN", "PROPN") and _is_role_noun(tok):
            p = self.idx.new_role_party(tok)
        agent = tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by")
        if (
            p is None
            and tok.pos_ == "PROPN"
            and (tok.dep_ in ("nsubj", "nsubjpass") or agent)
            and tok.ent_type_ not in ("GPE", "NORP")
            and not _date_word(tok)
        ):
            p = self.idx.named_party(tok)  # a subject spaCy left untagged ("Scientists Warning Europe (SWE)")
        if p is not None and tok.i not in self.idx.tok2party:
            self.idx.note_mention(tok, p, tok.dep_ in ("nsubj", "nsubjpass"))
        return p

    def _subjects(self, verb: Token) -> list[Party]:
        v = verb
        for _ in range(3):
            subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.dep_ != "expl"]
            if subs:
                found = _uniq([p for s in subs for p in self._conj_parties(s)])
                return (
                    sorted(found, key=lambda p: p.ptype != "person")
                    if any(p.ptype == "person" for p in found) and any(p.ptype == "org" for p in found)
                    else found
                )
            if v.dep_ in ("conj", "xcomp", "advcl", "relcl") and v.head is not v:
                if v.dep_ == "relcl":
                    p = self._party(v.head)
                    return [p] if p else []
                v = v.head
            else:
                break
        return []

    def _subject_persons(self, verb: Token) -> list[Party]:
        out: list[Party] = []
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                for t in c.subtree:
                    key = self.idx.tok2party.get(t.i)
                    if (
                        key is not None
                        and self.idx.parties[key].ptype == "person"
                        and t.i not in self.dateline
                    ):
                        out.append(self.idx.parties[key])
        return _uniq(out)

    def _conj_parties(self, tok: Token) -> list[Party]:
        out = [self._party(tok)]
        for c in tok.conjuncts:
            out.append(self._party(c))
        return [p for p in out if p is not None]

    def _pobj_parties(self, prep: Token) -> list[Party]:
        out: list[Party] = []
        for c in prep.children:
            if c.dep_ == "pobj":
                out += self._conj_parties(c)
        return _uniq(out)

    def _prep_parties(self, verb: Token, preps: tuple[str, ...]) -> list[Party]:
        out: list[Party] = []
        for c in verb.children:
            if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
                out += self._pobj_parties(c)
        return _uniq(out)

    def _prep_party(self, verb: Token, preps: tuple[str, ...]) -> Party | None:
        direct = self._prep_parties(verb, preps)
        if direct:
            return direct[0]
        for c in verb.children:  # "received a cable ... from X" attached to the noun
            if c.dep_ == "dobj":
                for cc in c.children:
                    if cc.dep_ == "prep" and cc.lower_ in preps:
                        found = self._pobj_parties(cc)
                        if found:
                            return found[0]
        return None

    def _dative(self, verb: Token) -> list[Party]:
        out = []
        for c in verb.children:
            if c.dep_ in ("dative", "iobj") and c.lower_ != "to":
                p = self._party(c)
                if p is not None:
                    out.append(p)
        return out


DATELINE_RE = re.compile(
    r"^[^\n]{0,120}?\((?:[A-Z][\w .&/'-]{1,40})\)\s*[:\-–—]+\s*"
    r"|^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Za-z]{3}\.?\s+\d{1,2})?\s*(?:/[A-Z]+/)?\s*[:\-–—]+\s+",
    re.M,
)


def dateline_tokens(doc: Doc) -> set[int]:
    """Token indices of datelines opening paragraphs ("SEOUL, July 8 (Yonhap) --", "TEHRAN -"), once per doc."""
    cached = doc.user_data.get("lettertrace_dateline")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out: set[int] = set()
    for m in DATELINE_RE.finditer(text_of(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None:
            out.update(t.i for t in span)
    doc.user_data["lettertrace_dateline"] = out
    return out


def _collective(tok: Token) -> bool:
    """'the two leaders', 'both sides', 'leaders': no single party."""
    if any(c.lower_ in ("two", "both", "three", "all", "several", "many") for c in tok.children):
        return True
    return tok.tag_ in ("NNS",) and tok.pos_ == "NOUN"


DATE_WORDS = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?$",
    re.I,
)


def _date_word(tok: Token) -> bool:
    return bool(DATE_WORDS.match(tok.text)) or tok.text.isdigit()


def sentence_span(tok: Token) -> tuple[int, int]:
    """Character span of a token's sentence, without the whitespace after it."""
    sent = sent_of(tok)
    text = text_of(tok.doc)[sent.start_char : sent.end_char]
    return sent.start_char, sent.start_char + len(text.rstrip())


def _sent_distance(a: Token, b: Token) -> int:
    """How many sentences ``b`` comes after ``a`` (negative when before)."""
    index = a.doc.user_data.get("lettertrace_sent_index")
    if index is None:
        sent_of(a)
        index = a.doc.user_data["lettertrace_sent_index"]
    return int(index[b.i] - index[a.i])


def _poss_is_pronoun(tok: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def _first(items: list[Party]) -> Party | None:
    return items[0] if items else None


def _uniq(items: list[Party]) -> list[Party]:
    out: list[Party] = []
    for p in items:
        if p not in out:
            out.append(p)
    return out


def _call_context(doc: Doc, meta: ReportMeta) -> bool:
    """Readout style: the headline speaks of a call, or the report of the phone, so "spoke to X" is a phone call."""
    title = meta.title or ""
    if title and any(w in title.lower().split() for w in ("call", "phone", "telephone", "phoned")):
        return True
    return re.search(r"\b(?:phone|telephone|phoned|telephoned)\b", text_of(doc), re.I) is not None


def _phone_marked(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "on", "over", "via"):
            if any(
                g.lemma_.lower() in ("phone", "telephone", "video", "videoconference") for g in c.children
            ):
                return True
        if c.lower_ in ("telephonically", "phone"):
            return True
    return False


# Verbs and objects of a greeting act that a letter or message carries ("extended condolences to").
GREETING_VERBS = {"extend", "express", "offer", "convey", "send", "pay", "tender"}
GREETING_NOUNS = {"condolence", "congratulation", "greeting", "sympathy", "felicitation", "wish", "tribute"}

# Heads of phrases naming people who carry a letter for someone else: not its sender.
COURIER_HEADS = {
    "ambassador",
    "envoy",
    "messenger",
    "courier",
    "emissary",
    "representative",
    "delegation",
    "delegate",
}


def _head_word_of(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _is_courier(p: Party) -> bool:
    return any(w in COURIER_HEADS for r in [*p.roles, *p.surfaces] for w in r.lower().split())


def _named_in(d: Draft, words: set[str]) -> int:
    """How many of a draft's parties have a name word among ``words``."""
    parties = [p for p in [d.sender, *d.recipients] if p is not None]
    return sum(1 for p in parties if any(w in words for w in p.name.split()))


def _definite(tok: Token) -> bool:
    return any(
        c.dep_ in ("det", "poss")
        and c.lower_ in ("the", "this", "these", "those", "their", "its", "his", "her")
        for c in tok.children
    )


def _is_anaphoric(tok: Token) -> bool:
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
    return any(
        d in ("the", "this", "that", "these", "those", "his", "her", "its", "their", "said") for d in dets
    )


def _is_distinct(tok: Token) -> bool:
    return any(c.lower_ in ("another", "second", "third", "new", "earlier", "previous") for c in tok.children)


def _is_ordinal_later(tok: Token) -> bool:
    return any(c.lower_ in ("second", "third", "fourth") for c in tok.children)


def _in_reply(tok: Token) -> bool:
    for c in tok.head.children:
        if (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.lemma_ in ("reply", "response") for g in c.children)
        ):
            return True
    return tok.head.lemma_ in ("reply", "respond")


def _is_reply_target(tok: Token) -> bool:
    """The letter answered in "replied to X's letter", "in response to a letter by X"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to":
        return head.head.lemma_.lower() in cues()["reply_verbs"] + cues()["reply_nouns"]
    return False


def _own_kind_noun(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "with", "by", "through"):
            for g in c.children:
                if g.dep_ == "pobj" and noun_kind(g):
                    return g
    return None


def _verb_of(tok: Token) -> Token | None:
    t = tok.head
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head is t:
            break
        t = t.head
    return None


def _has_similar(verb: Token) -> bool:
    return any(
        c.dep_ == "dobj" and any(g.lower_ in ("similar", "identical", "separate") for g in c.children)
        for c in verb.children
    )


def _is_role_noun(tok: Token) -> bool:
    from .parties import ROLE_HEADS

    return (tok.lemma_ or tok.text).lower() in ROLE_HEADS and tok.lower_ not in ("counterpart",)


def _is_name_like(tok: Token) -> bool:
    return (
        tok.pos_ in ("PROPN", "PRON")
        or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or _is_role_noun(tok)
    )


# ---------------------------------------------------------------- merging


def _role_only(p: Party) -> bool:
    return p.ptype == "person" and bool(p.roles) and p.roles[0] == p.name


def _compatible(a: Party | None, b: Party | None) -> bool:
    if a is None or b is None:
        return True
    if a is b:
        return True
    if a.ptype == "person" and b.ptype == "person":
        return _role_only(a) or _role_only(b)
    if a.ptype == "person" and b.ptype != "person":
        a, b = b, a
    if a.ptype != "person" and b.ptype == "person":
        text = " ".join([*(b.roles or []), b.org or "", *b.offices]).lower()
        return any(s.lower() in text for s in [a.name, *a.surfaces] if s)
    return False


def _same_act(a: Draft, b: Draft) -> bool:
    if a.kind_class != b.kind_class or a.implied or b.implied:
        return False
    if b.reply_to is a or a.reply_to is b:
        return False
    if b.distinct and not b.anaphoric:
        return False
    if a.kind_class == "call":
        pa = {p.key for p in [a.sender, *a.recipients] if p}
        pb = {p.key for p in [b.sender, *b.recipients] if p}
        return not pb or not pa or pb <= pa or pa <= pb
    if not _compatible(a.sender, b.sender):
        return False
    ra, rb = a.recipients, b.recipients
    return not ra or not rb or any(_compatible(x, y) for x in ra for y in rb)


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """Fold drafts that state one real-world act into one (anaphora, repeats, headline)."""
    out: list[Draft] = []
    for d in drafts:
        target = _merge_target(out, d)
        if target is None:
            out.append(d)
            continue
        _absorb(target, d)
        for other in out:
            if other.reply_to is d:
                other.reply_to = target
        for other in drafts:
            if other.reply_to is d:
                other.reply_to = target
    return out


def _merge_target(out: list[Draft], d: Draft) -> Draft | None:
    if d.sender is None and d.recipients and _definite(d.trigger):
        waiting = [o for o in out if o.kind_class == d.kind_class and not o.recipients and not o.implied]
        if waiting:
            n = 2 if d.trigger.tag_ == "NNS" else 1
            for o in waiting[-n:]:
                o.recipients = list(d.recipients)
            return waiting[-1]
    if d.anaphoric and d.sender is None and not d.recipients:
        same = [o for o in out if o.kind_class == d.kind_class and not o.implied]
        if not same:
            return None
        named = {t.text for t in sent_of(d.trigger)}
        return max(
            reversed(same), key=lambda o: _named_in(o, named)
        )  # "the call" where its parties are named
    for o in reversed(out):
        if _same_act(o, d):
            return o
    return None


def _absorb(target: Draft, d: Draft) -> None:
    for s in d.sentences:
        if s not in target.sentences:
            target.sentences.append(s)
    target.sender = _better(target.sender, d.sender)
    for r in d.recipients:
        if all(not _compatible(r, x) for x in target.recipients):
            target.recipients.append(r)
        else:
            target.recipients = [(_better(x, r) or x) if _compatible(r, x) else x for x in target.recipients]
    if target.kind == "message" and d.kind == "letter":
        target.kind = "letter"
    target.reply_to = target.reply_to or d.reply_to
    target.full_text = target.full_text or d.full_text
    target.flags += d.flags
    target.anchors += [d.trigger.i] + ([d.verb.i] if d.verb is not None else [])
    target.from_title = target.from_title and d.from_title
    if d.verb is not None and target.verb is None:
        target.verb = d.verb


def _strength(p: Party) -> int:
    return 0 if p.ptype != "person" else (1 if _role_only(p) else 2)


def _better(a: Party | None, b: Party | None) -> Party | None:
    """Of two compatible parties, the one with a name (recording the other's role on it)."""
    if a is None or b is None:
        return a or b
    if a is b:
        return a
    weak, strong = (a, b) if _strength(b) > _strength(a) else (b, a)
    if _role_only(weak) and weak.name not in strong.roles:
        strong.roles.append(weak.name)
        strong.add_surface(weak.name)
    return strong


def valid(d: Draft) -> bool:
    """A communication needs identifiable parties on both ends."""
    if d.sender is None or not d.recipients:
        return False
    if any(r is d.sender for r in d.recipients):
        d.recipients = [r for r in d.recipients if r is not d.sender]
    return bool(d.recipients)


# ---------------------------------------------------------------- dates and output


def build_mentions(doc: Doc, drafts: list[Draft], meta: ReportMeta) -> list[CommMention]:
    """Turn merged drafts into CommMention facts, resolving dates and reply links."""
    report_date = meta.published
    clause = [_clause_dates(doc, d, report_date) for d in drafts]
    dates = [draft_date(d, found, report_date, drafts) for d, found in zip(drafts, clause, strict=True)]
    for i, d in enumerate(drafts):
        if d.reply_to is not None and d.reply_to in drafts:
            j = drafts.index(d.reply_to)
            dates[j] = _bounded_by_reply(dates[j], dates[i], d.reply_to)
    out = []
    for d, date, found in zip(drafts, dates, clause, strict=True):
        reply = drafts.index(d.reply_to) if d.reply_to is not None and d.reply_to in drafts else None
        flags = _date_flags(found) + d.flags
        out.append(
            CommMention(
                kind=d.kind,  # type: ignore[arg-type]
                sender=_pm(d.sender),
                recipients=tuple(_pm(r) for r in d.recipients if r is not None),  # type: ignore[misc]
                date=date,
                mentions=tuple(Span(s, e) for s, e in sorted(set(d.sentences))),
                in_reply_to=reply if reply != drafts.index(d) else None,
                implied=d.implied,
                full_text=d.full_text,
                flags=tuple(flags),
                trigger=d.trigger.text,
            )
        )
    return out


def _pm(p: Party | None) -> PartyMention | None:
    return None if p is None else p.mention()


def draft_date(
    d: Draft, found: list[DateInterval], report_date: dt.date | None, drafts: list[Draft]
) -> DateInterval:
    """The date of one communication: its signature, the date words around its triggers, or the recent past."""
    ft = d.full_text
    if ft is not None and ft.signed_date is not None:
        return DateInterval(ft.signed_date, ft.signed_date, "day", ft.signature, "signature date")
    if found:
        return found[0]
    if d.implied or report_date is None:
        return DateInterval()
    if any(o.reply_to is d for o in drafts) and d.verb is None:
        return DateInterval()
    return datex.recent_past(report_date)


def _in_tokens(doc: Doc, offset: int, toks: set[int]) -> bool:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and span[0].i in toks


def _clause_dates(doc: Doc, d: Draft, report_date: dt.date | None) -> list[DateInterval]:
    out = []
    dateline = dateline_tokens(doc)  # cached per document
    anchors = set(d.anchors) | {d.trigger.i}
    if d.verb is not None:
        anchors.add(d.verb.i)
    for s, e in d.sentences:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        for m in datex.find_dates(span.text, report_date, offset=s):
            if (
                not m.interval.known
                or _in_dateline(m.span.start, doc)
                or _in_tokens(doc, m.span.start, dateline)
            ):
                continue
            tok = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if tok is None or _attached(tok.root, anchors):
                out.append(m.interval)
    return out


def _in_dateline(offset: int, doc: Doc) -> bool:
    text = text_of(doc)
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line.split()) <= 8 and not line.rstrip().endswith(".")


def _attached(tok: Token, anchors: set[int]) -> bool:
    t = tok
    for _ in range(6):
        if t.i in anchors:
            return True
        if t.head is t:
            return False
        if (
            t.pos_ in ("VERB", "AUX")
            and t.i not in anchors
            and t.dep_ not in ("advcl", "xcomp", "conj", "acl", "relcl")
        ):
            return t.i in anchors
        t = t.head
    return False


def _bounded_by_reply(own: DateInterval, reply: DateInterval, target: Draft) -> DateInterval:
    if reply.latest is None:
        return own
    if own.latest is None or own.latest > reply.latest:
        return DateInterval(
            own.earliest if own.earliest and own.earliest <= reply.latest else None,
            reply.latest,
            own.precision if own.earliest else "unknown",
            own.span,
            "before the reply",
        )
    return own


def _date_flags(dates: list[DateInterval]) -> list[Flag]:
    days = {x.earliest for x in dates if x.precision == "day"}
    if len(days) > 1:
        ev = tuple(x.span for x in dates if x.span is not None)
        return [
            Flag("date_conflict", f"the report gives {len(days)} different days for this communication", ev)
        ]
    return []


def _parties_used(idx: PartyIndex, drafts: list[Draft], qs: list, paras: list) -> list[PartyMention]:  # type: ignore[type-arg]
    names_used = {p.name for d in drafts for p in [d.sender, *d.recipients] if p is not None}
    names_used |= {q.speaker.name for q in [*qs, *paras] if q.speaker is not None}
    named = {p.name for p in idx.parties if p.ptype == "person" and len(names.core_tokens(p.name)) >= 2}
    return [p.full() for p in idx.parties if p.name in names_used or p.name in named]
