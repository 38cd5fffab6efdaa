"""The first signatory of a joint letter is its sender: "the joint letter from the state premiers to B,
which was signed first by A", "a letter to B first signed by A". A clause of signing with 'first' after
the letter, in its sentence, names the one who sends it (whoever else is told to have put a name to it);
so does the first of the names a letter "bears the signatures of" ("The letter bears the signatures of A,
C and D")."""

from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft
from .index import PartyIndex
from .lists import party_list_from
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


def signatures_borne(idx: PartyIndex, drafts: list[Draft]) -> None:
    """'The letter bears the signatures of A, C and D', 'It carries the signature of A': the first name is
    the sender of that letter (the draft of the noun, or the last letter told before 'it'), in place."""
    for verb in idx.doc:
        if verb.lemma_.lower() not in ("bear", "carry") or verb.pos_ != "VERB":
            continue
        sig = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "signature"), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        of = next((c for c in sig.children if c.dep_ == "prep" and c.lower_ == "of"), None) if sig else None
        names = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if subj is None or names is None:
            continue
        told = [d for d in drafts if d.kind == "letter" and not d.implied]
        letter = next((d for d in told if d.trigger.i == subj.i), None)
        if letter is None and subj.lower_ == "it":
            before = [d for d in told if d.trigger.i < verb.i]
            letter = max(before, key=lambda d: d.trigger.i) if before else None
        listed = [p for p in party_list_from(idx.doc, idx, names.left_edge.i) if p.ptype == "person"]
        if letter is not None and listed and listed[0] not in letter.recipients:
            letter.sender = listed[0]


def headed_and_signed(idx: PartyIndex, drafts: list[Draft]) -> None:
    """'The letter is headed by A and co-signed by C and D', 'the letter, led by A and signed by C': the one
    whose name heads a letter others also signed sends it (in place), where no person is its sender yet."""
    for verb in idx.doc:
        if verb.lemma_.lower() not in ("head", "lead") or verb.tag_ != "VBN":
            continue
        if not any(_signing(c) for c in verb.conjuncts):
            continue  # "the letter was led by a plea": no signature told beside it
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        who = idx.party_at(agents[0]) if agents else None
        if who is None or who.ptype != "person":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        noun = verb.head if verb.dep_ == "acl" else subjects[0] if subjects else None
        told = [d for d in drafts if d.kind == "letter" and not d.implied]
        letter = next((d for d in told if noun is not None and d.trigger.i == noun.i), None)
        if letter is None and noun is not None and noun.lower_ == "it":
            before = [d for d in told if d.trigger.i < verb.i]
            letter = max(before, key=lambda d: d.trigger.i) if before else None
        cosigners = [
            idx.party_at(g)
            for c in verb.conjuncts
            if _signing(c)
            for a in c.children
            if a.dep_ == "agent"
            for g in a.children
            if g.dep_ == "pobj"
        ]
        if (
            letter is not None
            and who not in letter.recipients
            and (
                letter.sender is None
                or letter.sender.ptype != "person"
                or letter.sender.group
                or any(letter.sender is p for p in cosigners)  # "headed by A and signed by C": A, not C
            )
        ):
            letter.sender = who


def _signing(tok: Token) -> bool:
    """'signed', 'co-signed', 'countersigned' (spaCy splits 'co-signed' into three conjuncts)."""
    return tok.lemma_.lower() in ("sign", "co-sign", "cosign", "countersign") or tok.lower_.endswith("signed")


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
