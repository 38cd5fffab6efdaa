"""Couriers and principals: who carried a communication another wrote ('handed over', 'delivered'), whom
the courier was received by, and on whose behalf a letter was written or sent ('on behalf of A', 'on
A's behalf', 'in the name of A', 'at the direction of A')."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_of
from .lexicon import cues
from .mentions import Party, _head_word
from .merge_writers import role_only
from .pairs import PairReader
from .prep_lists import in_the_name_of
from .syntax import COURIER_HEADS, _passive, _verb_of

# "on behalf of A", "in the name of A", "at the direction/instruction(s)/orders of A": A is the principal.
PRINCIPAL_NOUNS = frozenset({"behalf", "name", "direction", "instruction", "instructions", "orders"})


# "C, bearer of a message from A": the word for one who carries another's letter.
BEARER_NOUNS = frozenset({"bearer", "carrier"})
# Verbs of carrying, told of a courier received by the addressee ("C, who was carrying a message from A").
_CARRYING = frozenset({*cues()["carry_verbs"], "carry", "bear", "bring"})


class CourierReader(PairReader):
    """Readings of couriers and principals, shared by the argument filler."""

    def _host_of_courier(self, tok: Token) -> list[Party]:
        """'B received envoy C, who delivered a letter from A': the one who received the courier is the
        letter's addressee (the courier, as ever, is no party)."""
        if tok.dep_ == "conj" and tok.head.dep_ == "dobj":
            tok = tok.head  # "who conveyed greetings and a message from A"
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in BEARER_NOUNS:
            courier = verb.head  # "B received C, bearer of a letter from A"
        else:
            if tok.dep_ != "dobj" or verb.dep_ != "relcl" or verb.lemma_.lower() not in _CARRYING:
                return []
            if self._prep_parties(verb, ("to",)):
                return []
            courier = verb.head  # "B received C, the envoy of D, who was carrying a message from A"
        while courier.dep_ in ("appos", "conj", "pobj", "prep") and courier.head.i < courier.i:
            if _misread_after_day(courier):
                break  # "B received on Saturday C, the envoy of D, who ...": C read into the day
            courier = courier.head
        host = courier.head.head if _misread_after_day(courier) else courier.head
        if courier.dep_ not in ("dobj", "pobj") or host.lemma_.lower() not in (
            "receive",
            "meet",
            "welcome",
            "host",
        ):
            return []
        if courier.dep_ == "pobj" and not _misread_after_day(courier):
            return []
        return self._subjects(host)[:1]

    def _from_after(self, verb: Token, obj: Token) -> Party | None:
        """'delivered a message of friendship and of fraternity from A': the first party of a 'from' after
        the object carried, wherever the parser hangs it."""
        froms = (t for t in verb.subtree if t.i > obj.i and t.lower_ == "from")
        return next((p for t in froms for p in self._pobj_parties(t)), None)

    def _courier_state(self, verb: Token) -> Party | None:
        """'The X ambassador (, B,) delivered a note to the ministry', 'the ambassador of X handed over
        a letter', "A's envoy C conveyed her message": a courier who carries no one else's named letter
        carries his principal's (a state, a body, or the person whose envoy he is)."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        for w in subjects + [c for s in subjects for c in s.children if c.dep_ in ("compound", "appos")]:
            if _head_word(w) not in COURIER_HEADS:
                continue  # "A's envoy C", "C, the envoy of A": the courier word by the name is read too
            near = [c for c in w.children if c.dep_ in ("compound", "poss", "amod")]
            near += [g for c in w.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
            for t in near:
                key = self.idx.tok2party.get(t.i)
                kind = self.idx.parties[key].ptype if key is not None else None
                if kind in ("state", "org") or kind == "person" and t.dep_ in ("poss", "pobj"):
                    return self.idx.parties[key]  # type: ignore[index]
                if key is None and t.ent_type_ == "GPE" and t.pos_ == "PROPN":
                    return self.idx.place_party(t)  # "the Norway ambassador": read as the office's place
        return None

    def _carried(self, tok: Token) -> bool:
        """Whether the trigger's verb carries what another wrote ("handed over", "delivered")."""
        verb = _verb_of(tok)
        return verb is not None and verb.lemma_.lower() in cues()["carry_verbs"]

    def _received_for(self, principal: Party, sender: Party | None, kind: str, received: bool) -> bool:
        """'C received a letter from A on behalf of B': B is the addressee (C took it for B), unless A
        carries for another by office (then B sends) or it was a call ("a call from A on behalf of B")."""
        if not received or kind == "call" or principal is sender:
            return False
        return not self._courier(sender)

    def _courier(self, p: Party | None) -> bool:
        """The party carries for another by office ("Norland's ambassador, C", "UN envoy C"): 'on behalf of
        B' beside 'received a letter from C' names C's principal, the sender."""
        return p is not None and any(
            w in COURIER_HEADS for r in [*p.roles, *p.surfaces] for w in r.lower().split()
        )

    def _on_behalf_of(self, tok: Token) -> Party | None:
        """'on behalf of X' / 'in the name of X' attached to the trigger or its verb: X is the sender."""
        verb = _verb_of(tok)
        holders = [tok, *([verb] if verb is not None else [])]
        holders += [c for c in tok.children if c.dep_ == "acl"]  # "a telegram signed by C on behalf of A"
        if verb is not None and verb.dep_ in ("xcomp", "advcl"):
            holders.append(verb.head)  # "began, at the direction of A, to draft the letter"
        if verb is not None:  # "A, writing on behalf of B, sent a note to C": the participle on A or the verb
            near = [*verb.children, *(g for c in verb.children if c.dep_ == "nsubj" for g in c.children)]
            holders += [c for c in near if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" and c.i < tok.i]
        for holder in holders:
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "in", "at"):
                    for g in c.children:
                        if (
                            g.dep_ == "pobj"
                            and g.lower_ in PRINCIPAL_NOUNS
                            and not (g.lower_ == "name" and in_the_name_of(holder))
                        ):  # (beside a verb of arriving, 'in the name of' names the addressee)
                            for of in g.children:
                                if of.dep_ == "prep" and of.lower_ == "of":
                                    found = self._pobj_parties(of)
                                    writer = verb is not None and any(
                                        c.dep_ == "nsubj" for c in verb.children
                                    )
                                    if found and not (writer and role_only(found[0])):  # "A wrote on behalf
                                        return found[0]  # of the party leader", no one named: A writes
                            for poss in (c for c in g.children if c.dep_ == "poss" and g.lower_ == "behalf"):
                                if poss.lower_ in ("his", "her"):
                                    # "In a telegram sent on his behalf by C to B, A said": the clause's subject
                                    subj = self._subjects(sent_of(tok).root)
                                    if subj and subj[0].ptype == "person":
                                        return subj[0]
                                elif (p := self._party(poss)) is not None:
                                    return p  # "written on the chief's behalf by a clerk": the chief
        return None

    def _signed_for_subject(self, tok: Token, signer: Party | None) -> Party | None:
        """'In a telegram signed by C and addressed to B, A offered his prayers' (or 'prayers were offered
        by A in a telegram signed by C'): the clause's subject (the agent) speaks through the text C
        signed, and sends it."""
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
        if verb is None or verb.pos_ != "VERB" or signer is None:
            return None
        if not any(c.dep_ == "acl" and c.lemma_.lower() == "sign" for c in tok.children):
            return None
        # "... was expressed by A in a telegram signed by C": the agent of the passive speaks
        subj = self._prep_parties(verb, ("by",)) if _passive(verb) else self._subjects(verb)
        return subj[0] if subj and subj[0] is not signer and subj[0].ptype == "person" else None


def _misread_after_day(tok: Token) -> bool:
    """'received on Saturday Ana Berg', 'received on Monday Foreign Minister A': the object after the day,
    parsed as one phrase with it after 'on'."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "on"
        and tok.ent_type_ == "PERSON"
        and any(c.ent_type_ == "DATE" and c.dep_ == "compound" for c in tok.subtree if c.i < tok.i)
    )
