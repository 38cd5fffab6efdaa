"""The parties a clause on a communication noun names: a participle or relative clause ("the letter sent
to B by A", "a letter left for B", "signed by A") and the one a clause of asking addresses ("a letter from
A asking B to ..."), and the thanks a noun is the object of ("thanked B for his letter")."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_of
from .argument_checks import AUTHORING
from .lexicon import cues, noun_kind
from .lists import ABOUT_VERBS, party_list_from, titled_holder
from .mentions import Party
from .principals import titled_to
from .published_on import published_on
from .speech_words import THANKS_NOUNS
from .stranded import preps_on_stranded
from .syntax import (
    ADDRESS_VERBS,
    _definite,
    _det_led,
    _first,
    _is_role_noun,
    _passive,
    _uniq,
    _verb_of,
    pobjs,
)
from .told_in import ToldInReader

_PLACING = frozenset({"place", "make", "initiate"})  # a call's caller: "a call placed / made by A to B"


class ClauseReader(ToldInReader):
    """Reads the clauses that hang on a communication noun."""

    def _dated_heading(self, tok: Token) -> tuple[Party | None, list[Party]] | None:
        """A document's heading, 'Letter dated 12 March 2024 from A addressed to B' (the parser reads
        'dated' as the verb of the noun): A sends, B receives; a bare 'to' (of A's mission 'to the United
        Nations') counts only when nothing is 'addressed to'."""
        head = tok.head
        opening = all(  # "Identical letters", "S/2022/281   Letter dated ..." (a document's symbol first)
            t.dep_ == "amod" or t.is_space or "/" in t.text and any(ch.isdigit() for ch in t.text)
            for t in tok.doc[sent_of(tok).start : tok.i]
        )
        annex = (
            tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ("annex", "enclosure")
        )
        if annex:  # "Annex to the letter dated ... from A addressed to B"
            head = next((c for c in tok.children if c.lower_ == "dated"), head)
        if tok.dep_ not in ("nsubj", "pobj") or head.lower_ != "dated" or not (opening or annex):
            return None
        sender = next(iter(self._prep_parties(head, ("from", "by"))), None)
        addressed = [t for t in sent_of(tok) if t.lemma_ == "address" and t.pos_ == "VERB" and t.i > tok.i]
        if sender is None:  # "from A addressed to B" read as "from [A addressed to B]"
            sender = next((p for a in addressed for p in self._subjects(a)), None)
        recips = [p for a in addressed for p in self._prep_parties(a, ("to",))]
        if not recips:  # "addressed to the Secretary-General" with the parse lost after 'to'
            to = [a.i + 1 for a in addressed if a.i + 1 < len(self.doc) and self.doc[a.i + 1].lower_ == "to"]
            recips = [p for i in to for p in party_list_from(self.doc, self.idx, i + 1)]
            line = [t for i in to for t in self.doc[i + 1 : i + 6] if "\n" not in t.text]
            roles = [t for t in line if t.pos_ in ("NOUN", "PROPN") and _is_role_noun(t)]
            last = self._party(roles[-1]) if roles and not recips else None
            recips = recips or ([last] if last is not None else [])
        return sender, recips or self._prep_parties(head, ("to",))

    def _acl_parties(self, acl: Token) -> tuple[Party | None, list[Party]]:
        sender = None
        recips: list[Party] = []
        many = False  # the 'by' phrase names a plural: signers, not the author
        # "the letter A left for B", "a letter drafted / led / sponsored by A": its author, not a reader
        authoring = (
            acl.lemma_.lower()
            in {
                "leave",
                *cues()["send_verbs"],
                *AUTHORING,
                "co-sign",
                "prepare",
                "sponsor",
            }
            or acl.lemma_.lower() in _PLACING
            and noun_kind(acl.head) == "call"
        )  # "a call placed by A to B"
        behalf = next(
            (t for t in acl.subtree if t.lower_ == "behalf" and getattr(_verb_of(t), "i", -1) == acl.i), None
        )
        if behalf is not None:  # "a cable C signed on A's behalf", "signed by C on behalf of A": C signs
            sender = sender or self._principal(behalf)
        for child in acl.children:
            if (
                (not authoring or behalf is not None)
                and child.dep_ in ("agent", "prep")
                and child.lower_ == "by"
            ):
                continue  # "a letter seen by the agency", "reviewed by X": X only read it
            if child.dep_ == "nsubj" and authoring and acl.dep_ == "acl":  # "the letter that A sent to B"
                sender = sender or _first(self._conj_parties(child))
            if _co_signed(acl) and child.lower_ == "by" and _definite(_noun_of(acl)):
                continue  # "the letter, co-signed by B": B signed besides the one told of before
            if child.dep_ == "prep" and child.lower_ == "from" and acl.lemma_.lower() == "write":
                continue  # "a letter written from Mount Vernon", "written from exile": where, not who
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("by", "from")):
                found = _first(self._pobj_parties(child))
                many = many or any(g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") for g in child.children)
                if sender is not None and found is not None and _place_word(sender) and child.lower_ == "by":
                    sender = found  # "a telegram sent from Prague by the ambassador": the place is where from
                sender = sender or found
            elif (
                child.dep_ in ("prep", "dative")
                and child.lower_ == "to"
                and not titled_to(self.doc, child)
                and not (
                    acl.lemma_.lower() in ABOUT_VERBS and child.i == acl.i + 1
                )  # "relating to X": its subject
                and not published_on(child)
            ):
                recips += [  # "to A and to B" (not "signed by the Secretary to the Commission": whom she serves)
                    p for w in (child, *child.conjuncts) if w.lower_ == "to" for p in self._pobj_parties(w)
                ]
            elif authoring and child.dep_ == "prep" and child.lower_ == "for":
                recips += self._pobj_parties(child)  # "the letter left for B by A"
        for conj in acl.conjuncts:  # "addressed to A and signed by B"; "initiated by A and co-signed by B": A
            s2, r2 = self._acl_parties(conj) if conj.i > acl.i else (None, [])
            signs = conj.lemma_.lower() == "sign" and acl.lemma_.lower() in _DRAFTING
            signs = signs or many  # "signed by forty writers and composed by A": A
            sender, recips = (
                (s2 or sender) if signs else (sender or s2),
                recips + r2,
            )  # "drafted by A, signed by B"
        return sender, recips

    def _was_from(self, tok: Token) -> tuple[Party | None, list[Party]] | None:
        """'The first message to reach B was from A', 'One of the calls she received was from A', 'The
        earliest letter in the file is from A to B': the act is the subject of 'be', whose 'from' names the
        sender; its own clause ('to reach B', 'B received') or the verb's 'to' the addressee."""
        noun = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("one", "some", "many"):
            noun = tok.head.head  # "One of the first telegrams to reach her"
        verb = noun.head
        if (
            noun.dep_ != "nsubj"
            or verb.lemma_.lower() != "be"
            or (sender := self._prep_party(verb, ("from",))) is None
        ):
            return None
        froms = [
            t for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for t in (c, *c.children)
        ]
        recips = self._prep_parties(verb, ("to",)) + [
            p for g in froms for p in self._prep_parties(g, ("to",))
        ]
        for c in (*noun.children, *tok.children):
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() == "reach":
                recips += [p for o in c.children if o.dep_ == "dobj" for p in self._conj_parties(o)]
            elif c.dep_ == "relcl" and c.lemma_.lower() in cues()["receive_verbs"]:
                recips += self._subjects(c)
        return sender, [p for p in _uniq(recips) if p is not sender]

    def _principal(self, behalf: Token) -> Party | None:
        """Whom 'behalf' names: 'on behalf of A', 'on A's behalf' (not 'on his behalf': the clause says who)."""
        of = [
            p for c in behalf.children if c.dep_ == "prep" and c.lower_ == "of" for p in self._pobj_parties(c)
        ]
        named = [c for c in behalf.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        return _first(of) or (self._party(named[0]) if named else None)

    def _asked(self, acl: Token) -> list[Party]:
        """'a letter from A asking/urging/inviting B to ...': the one asked is the addressee."""
        if acl.lemma_.lower() == "call":  # "a letter calling on B to act", "which called on B to act"
            on = [c for c in acl.children if c.dep_ in ("prep", "prt") and c.lower_ == "on"]
            if not on:
                return []
            objs = [g for c in on for g in c.children if g.dep_ == "pobj"]
            objs = objs or [c for c in acl.children if c.dep_ in ("dobj", "oprd") and c.i > on[0].i]
            return [p for g in objs for p in self._conj_parties(g)]
        if acl.lemma_.lower() in {
            *cues()["send_verbs"],
            *cues()["write_verbs"],
        }:  # "a letter sent to thank him"
            return [
                p
                for c in acl.children
                if c.dep_ in ("advcl", "xcomp") and _purpose(c)
                for p in self._asked(c)
            ]
        if acl.lemma_.lower() in (
            "plead",
            "reason",
            "remonstrate",
        ):  # "a letter in which A pleaded with B to ..."
            return [p for g in pobjs(acl, "with") for p in self._conj_parties(g)]
        if acl.lemma_.lower() not in ADDRESS_VERBS:
            return []
        return [p for c in acl.children if c.dep_ == "dobj" for p in self._conj_parties(c)]

    def _thanked(self, tok: Token) -> tuple[Party | None, Party | None]:
        """'A sent a letter of thanks to B for his message', 'A thanked B for his letter': in a thanks,
        'his' is the one thanked, who sent what is thanked for; (the one thanked, the one thanking)."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "for":
            return None, None
        prep = tok.head
        while prep.dep_ == "conj" and prep.head.lower_ == "for":
            prep = prep.head  # "thanked B for his letter and for his call"
        gov = prep.head
        if noun_kind(gov) is not None and gov.dep_ == "pobj" and gov.head.head.lemma_.lower() == "thank":
            gov = gov.head.head  # "thanked B in a letter for his message", 'for' hung on the letter
        words = THANKS_NOUNS
        if gov.lemma_.lower() not in words and not any(
            t.lemma_.lower() in words for t in gov.subtree if t.i < tok.i
        ):
            return None, None
        whom = self._prep_parties(gov, ("to",)) + self._dative(gov)
        for noun in (c for c in gov.children if c.dep_ == "dobj" and c.lemma_.lower() in words):
            whom += self._prep_parties(noun, ("to",))  # "expressed his thanks to B for his message"
        if gov.lemma_.lower() == "thank":
            whom += [p for c in gov.children if c.dep_ == "dobj" for p in self._conj_parties(c)]
        thanker = next(iter(self._subjects(gov)), None) if gov.pos_ == "VERB" else None
        if thanker is None and gov.tag_ == "VBG" and gov.dep_ == "pcomp" and gov.head.head.pos_ == "VERB":
            thanker = next(iter(self._subjects(gov.head.head)), None)  # "She began by thanking B for"
        return (whom[0] if whom else None), thanker

    def _linear_sender(self, tok: Token, recips: list[Party]) -> Party | None:
        """'In a letter to R, S, the chief of ..., pointed': the first other party before the verb."""
        verb = _verb_of(tok)
        end = verb.i if verb is not None and verb.i > tok.i else sent_of(tok).end
        joint = {
            p.key
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in self._pobj_parties(c)
        }  # "a joint letter with B": B signs with the sender
        root = sent_of(tok).root
        subjects = self._prep_parties(root, ("by",)) if _passive(root) else self._subjects(root)
        root_subj = [p for p in subjects if p.key not in joint and p not in recips]  # not "C was named in"
        if verb is not None and verb.i < tok.i:
            # "A voiced objections ... in a joint letter with B sent to C"; with no party as subject
            # ("Forty laureates urged B in an open letter to free C") no one after the letter sends it
            return root_subj[0] if root_subj else None
        signer = _signed_for(tok)
        tos = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"]
        tos += [n for n in tok.doc[tok.i + 1 : tok.i + 2] if n.lower_ == "to"]  # 'to' the parser hung higher
        tos += [
            c for a in tok.children if a.dep_ == "acl" for c in a.children if c.lower_ == "to"
        ]  # "addressed to"
        tos += [c for c in preps_on_stranded(tok) if c.lower_ == "to"]  # "dated X and addressed to"
        addressed = {t.i for c in tos for t in c.subtree}
        addressed |= {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree}
        readers = _readers(tok)
        for t in tok.doc[tok.i + 1 : end]:
            if self.idx.tok2party.get(t.i) in joint or t.i in signer or t.i in readers:
                continue
            if t.dep_ in ("compound", "poss", "nmod") and t.i < t.head.i and t.head.i in addressed:
                continue  # "in letters to EU envoy", "in a call with head of X bureau B": the addressee's body
            if t.i in addressed and t.dep_ == "pobj" and t.head.lower_ == "of" and _is_role_noun(t.head.head):
                continue  # "addressed to A and the President of the Council": the office's body

            key = self.idx.tok2party.get(t.i)
            if key is None:
                if t.dep_ in ("appos", "nsubj") and _is_role_noun(t) and (t.text.islower() or _det_led(t)):
                    p = self._party(t)
                    if p is not None and p not in recips:
                        return p
                continue
            p = titled_holder(self.idx, t) or self.idx.parties[key]
            h = t.head if t.dep_ in ("compound", "flat") else t
            publishing = ("publish", "print", "carry", "run")
            venue = h.head.dep_ == "prep" and h.head.head.lemma_.lower() in publishing
            if p not in recips and p.ptype in ("person", "org") and not venue:  # not "published in X"
                return p
        before = verb is not None and any(c.dep_ == "nsubj" and c.i < tok.i for c in verb.children)
        return root_subj[0] if before and root_subj else None  # "A, in a message to B, said ..."


def _readers(tok: Token) -> set[int]:
    """The words of who only saw or obtained the letter ("In a letter seen by the X, A told B"): the 'by'
    of a participle that does not write, sign or send it, up to the head of its noun phrase."""
    writing = {"write", "sign", "co-sign", *AUTHORING, *cues()["send_verbs"]}
    return {
        t.i
        for acl in tok.children
        if acl.dep_ == "acl" and acl.lemma_.lower() not in writing
        for by in acl.children
        if by.dep_ == "agent"
        for o in by.children
        if o.dep_ == "pobj"
        for t in tok.doc[by.i : o.i + 1]
    }


def _place_word(p: Party) -> bool:
    """A party named by a place alone ('Prague', 'Lisbon'): where a text was sent from, when a sender is
    named beside it."""
    return p.ptype == "state" and len(p.name.split()) == 1 and not p.roles


# Verbs of writing a text another signs ("a letter drafted by A and signed by B": B sends it).
_DRAFTING = frozenset({"draft", "prepare", "compose", "author", "co-author", "write"})


def _signed_for(tok: Token) -> set[int]:
    """The tokens of the one who signed ``tok`` for another ("a cable signed on her behalf by her Chief of
    Staff, C,"), with the name set off after the phrase."""
    acl = next(
        (c for c in tok.children if c.dep_ == "acl" and any(x.lower_ == "behalf" for x in c.subtree)), None
    )
    if acl is None:
        return set()
    out = {t.i for t in acl.subtree}
    doc, k = tok.doc, acl.right_edge.i + 1
    if k + 1 < len(doc) and doc[k].text == ",":
        while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
            k += 1
            out.add(k)
    return out


def _co_signed(verb: Token) -> bool:
    """'co-signed' ('co', '-', 'signed' to the tokenizer) or 'cosigned'."""
    doc = verb.doc
    split = verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "co"
    return verb.lower_.startswith(("co-sign", "cosign")) or split and verb.lemma_.lower() == "sign"


def _noun_of(acl: Token) -> Token:
    """The noun a participle describes, past the participles it is joined to ("the letter, sent on Tuesday
    and co-signed by B")."""
    while acl.dep_ == "conj" and acl.head.i != acl.i:
        acl = acl.head
    return acl.head


def _purpose(clause: Token) -> bool:
    """A to-infinitive of purpose ("sent in June to thank him")."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
