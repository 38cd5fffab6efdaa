"""The first signatory of a joint letter is its sender: "the joint letter from the state premiers to B,
which was signed first by A", "a letter to B first signed by A". A clause of signing with 'first' after
the letter, in its sentence, names the one who sends it (whoever else is told to have put a name to it)."""

from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft
from .index import PartyIndex
from .mentions import Party


def first_signers(idx: PartyIndex, drafts: list[Draft]) -> None:
    """Make the first signatory the sender of each letter told as signed first by a person (in place)."""
    for d in drafts:
        if d.kind != "letter" or d.implied:
            continue
        for t in d.trigger.sent:
            if (
                t.i > d.trigger.i
                and (who := _signed_first_by(idx, t)) is not None
                and who not in d.recipients
            ):
                d.sender = who
                break


def _signed_first_by(idx: PartyIndex, verb: Token) -> Party | None:
    """The person a clause "(which was) signed first by A" names, else None."""
    if verb.lemma_.lower() != "sign" or verb.tag_ != "VBN" or verb.dep_ not in ("relcl", "acl"):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "first" for c in verb.children):
        return None
    if any(c.dep_ == "nsubjpass" and c.lower_ in ("who", "whom") for c in verb.children):
        return None  # "B, who was signed first by A": a person signed up, no letter
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    who = idx.party_at(agents[0]) if agents else None
    return who if who is not None and who.ptype == "person" else None
