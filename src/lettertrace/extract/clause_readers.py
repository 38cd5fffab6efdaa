"""The parties a clause on a communication noun names: a participle or relative clause ("the letter sent
to B by A", "a letter left for B", "signed by A") and the one a clause of asking addresses ("a letter from
A asking B to ..."), and the thanks a noun is the object of ("thanked B for his letter")."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import cues
from .mentions import Party
from .syntax import ADDRESS_VERBS, _first
from .told_in import ToldInReader


class ClauseReader(ToldInReader):
    """Reads the clauses that hang on a communication noun."""

    def _acl_parties(self, acl: Token) -> tuple[Party | None, list[Party]]:
        sender = None
        recips: list[Party] = []
        authoring = acl.lemma_.lower() in {
            "leave",
            *cues()["send_verbs"],
            "author",
            "co-author",
            "draft",
            "compose",
            "co-sign",
            "initiate",
            "prepare",
            "sponsor",
            "spearhead",
        }
        for conj in acl.conjuncts:  # "addressed to A and signed by B"
            s2, r2 = self._acl_parties(conj) if conj.i > acl.i else (None, [])
            sender, recips = sender or s2, recips + r2
        for child in acl.children:
            if not authoring and child.dep_ in ("agent", "prep") and child.lower_ == "by":
                continue  # "a letter seen by the agency", "reviewed by X": X only read it
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("by", "from")):
                found = _first(self._pobj_parties(child))
                if sender is not None and found is not None and _place_word(sender) and child.lower_ == "by":
                    sender = found  # "a telegram sent from Prague by the ambassador": the place is where from
                sender = sender or found
            elif child.dep_ in ("prep", "dative") and child.lower_ == "to":
                recips += self._pobj_parties(child)
            elif authoring and child.dep_ == "prep" and child.lower_ == "for":
                recips += self._pobj_parties(child)  # "the letter left for B by A"
        return sender, recips

    def _asked(self, acl: Token) -> list[Party]:
        """'a letter from A asking/urging/inviting B to ...': the one asked is the addressee."""
        if acl.lemma_.lower() == "call":  # "a letter calling on B to act", "which called on B to act"
            on = [c for c in acl.children if c.dep_ in ("prep", "prt") and c.lower_ == "on"]
            if not on:
                return []
            objs = [g for c in on for g in c.children if g.dep_ == "pobj"]
            objs = objs or [c for c in acl.children if c.dep_ in ("dobj", "oprd") and c.i > on[0].i]
            return [p for g in objs for p in self._conj_parties(g)]
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
        words = {"thank", "thanks", "gratitude", "appreciation"}
        if gov.lemma_.lower() not in words and not any(
            t.lemma_.lower() in words for t in gov.subtree if t.i < tok.i
        ):
            return None, None
        whom = self._prep_parties(gov, ("to",)) + self._dative(gov)
        if gov.lemma_.lower() == "thank":
            whom += [p for c in gov.children if c.dep_ == "dobj" for p in self._conj_parties(c)]
        thanker = next(iter(self._subjects(gov)), None) if gov.pos_ == "VERB" else None
        if thanker is None and gov.tag_ == "VBG" and gov.dep_ == "pcomp" and gov.head.head.pos_ == "VERB":
            thanker = next(iter(self._subjects(gov.head.head)), None)  # "She began by thanking B for"
        return (whom[0] if whom else None), thanker


def _place_word(p: Party) -> bool:
    """A party named by a place alone ('Prague', 'Lisbon'): where a text was sent from, when a sender is
    named beside it."""
    return p.ptype == "state" and len(p.name.split()) == 1 and not p.roles
