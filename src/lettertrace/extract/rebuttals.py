"""Rebuttals as replies: 'A sent a letter rejecting claims by B' answers B's letter the report tells of.

A written act whose own clause rejects, refutes or answers the claims, accusations or complaints of a
party ("rejecting claims by Norland", "refuting Norland's accusations", "in response to Norlandic
complaints") answers that party's letter when the report tells of exactly one such letter, to the same
addressee or to the rebutting party.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .. import names
from .draft import Draft
from .mentions import Party

REBUT_VERBS = {"reject", "refute", "rebut", "deny", "dismiss", "counter", "answer", "respond", "contest"}
CLAIM_NOUNS = {"claim", "allegation", "accusation", "charge", "complaint", "assertion"}


def link_rebuttals(doc: Doc, drafts: list[Draft]) -> None:
    """Set ``reply_to`` of each written act that rebuts the claims of a party who wrote a letter here."""
    for d in drafts:
        if d.kind == "call" or d.sender is None or d.reply_to is not None or d.implied:
            continue
        for claimant in _claimants(doc, d):
            target = _their_letter(drafts, d, claimant)
            if target is not None:
                d.reply_to = target
                break


def _claimants(doc: Doc, d: Draft) -> list[Token]:
    """Tokens naming whose claims the act rebuts, in the act's own first sentence."""
    start, end = d.sentences[0] if d.sentences else (d.trigger.idx, d.trigger.idx)
    out: list[Token] = []
    for t in doc[d.trigger.i : len(doc)]:
        if t.idx >= end:
            break
        if t.lemma_.lower() not in CLAIM_NOUNS or not _rebutted(t):
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "of", "from"):
                out += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in ("poss", "amod", "compound") and c.text[:1].isupper():
                out.append(c)
    return out


def _rebutted(noun: Token) -> bool:
    """'rejecting claims', 'in response to complaints': the claims are the object of a rebuttal."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in REBUT_VERBS:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "to":
        gov = head.head
        return gov.lemma_.lower() in REBUT_VERBS | {"response", "reply", "answer"}
    return False


def _their_letter(drafts: list[Draft], d: Draft, claimant: Token) -> Draft | None:
    hits = [
        e
        for e in drafts
        if e is not d
        and e.kind != "call"
        and e.sender is not None
        and e.reply_to is not d
        and _names(claimant, e.sender)
        and (
            set(_keys(e.recipients)) & set(_keys(d.recipients))
            or _keys([d.sender]) & set(_keys(e.recipients))
        )
    ]
    return hits[0] if len(hits) == 1 else None


def _keys(parties: Sequence[Party | None]) -> set[int]:
    return {p.key for p in parties if p is not None}


def _names(tok: Token, p: Party) -> bool:
    """'Norland', 'Norland's' or 'Norlandic' for a party named Norland or a body named after it."""
    word = names.fold(tok.text.replace("’", "'").split("'")[0])
    if len(word) < 3:
        return False
    for form in [p.name, *p.surfaces]:
        first = names.fold(form.split(" ")[0].replace("’", "'").split("'")[0])
        if first == word or p.ptype == "person" and word in names.core_tokens(form):
            return True
        if tok.pos_ == "ADJ" or tok.ent_type_ == "NORP":  # "Qatari", "Norwegian"
            if len(os.path.commonprefix([first, word])) >= max(4, len(first) - 2):
                return True
    return False
