"""Readers of a verb's objects and of a party hung on a noun: "received a cable ... from X" with 'from X'
attached to the noun, "sent B a letter" (an indirect object): the second half of :class:`PartyReader`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .mentions import Party

if TYPE_CHECKING:
    from .index import PartyIndex


class ObjectReader:
    """Object and indirect-object readings; the party lookups come from :class:`PartyReader`."""

    doc: Doc
    idx: PartyIndex

    def _party(self, tok: Token) -> Party | None:
        raise NotImplementedError

    def _prep_parties(self, verb: Token, preps: tuple[str, ...]) -> list[Party]:
        raise NotImplementedError

    def _pobj_parties(self, prep: Token) -> list[Party]:
        raise NotImplementedError

    def _subject_after(self, role: Token, named: Party) -> bool:
        """The person named after the role's comma is the subject of the clause, not the role's holder."""
        for t in self.doc[role.right_edge.i + 1 : role.right_edge.i + 8]:
            if self.idx.tok2party.get(t.i) == named.key:
                while t.dep_ in ("compound", "flat") and t.head.i != t.i:
                    t = t.head
                return t.dep_ in ("nsubj", "nsubjpass")
        return False

    def _prep_party(self, verb: Token, preps: tuple[str, ...]) -> Party | None:
        direct = self._prep_parties(verb, preps)
        if direct:
            return direct[0]
        # "received a cable ... from X" attached to the noun; "were received by B from A" hung on B
        # and "were also sent to B by A", the passive's 'by' hung on the addressee
        passive_to = [
            g
            for a in verb.children
            if "by" in preps and a.lower_ == "to" and any(x.dep_ == "auxpass" for x in verb.children)
            for g in a.children
        ]
        for c in [
            *verb.children,
            *(g for a in verb.children if a.dep_ == "agent" for g in a.children),
            *passive_to,
        ]:
            if c.dep_ in ("dobj", "pobj"):
                for cc in c.children:
                    if cc.dep_ == "prep" and cc.lower_ in preps:
                        found = self._pobj_parties(cc)
                        if found:
                            return found[0]
        return None

    def _dative(self, verb: Token) -> list[Party]:
        """The indirect object: "sent B a letter", also when spaCy reads both objects as objects ("sent
        King B of X a message": the first of two objects is the one the message goes to)."""
        out: list[Party] = []
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and list(c.children) for c in verb.children):
            return out  # "sent WhatsApp messages to B": with 'to B' named, the word before the noun is none
        for c in verb.children:
            if c.dep_ in ("dative", "iobj") and c.lower_ != "to" or len(objs) == 2 and c.i == objs[0].i:
                p = self._party(c)
                if p is not None:
                    out.append(p)
        return out
