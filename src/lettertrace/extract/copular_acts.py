"""'A's first engagement was a call with B', 'A's first act as president was a phone call to B', 'A's first
call as president was with B': an act told by the verb 'be', its owner the possessor of the subject, its
other side the party after 'with' or 'to' (on the noun of the act, or on 'be' when the noun is the
subject)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .draft import Draft
from .index import PartyIndex
from .lexicon import blocked, noun_kind
from .mentions import Party
from .syntax import sentence_span


def copular_acts(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """One act for each noun of communication that 'be' ties to its owner and its other side."""
    out: list[Draft] = []
    for tok in doc:
        if tok.head.lemma_ != "be" or tok.dep_ not in ("attr", "nsubj") or blocked(tok):
            continue
        kind = noun_kind(tok) or (  # "A's first call was with B": the call's other side hangs on 'be'
            "call"
            if tok.lemma_ == "call" and tok.dep_ == "nsubj" and _after(idx, tok.head) is not None
            else None
        )
        if kind is None:
            continue
        verb = tok.head
        if tok.dep_ == "attr":  # "A's first engagement was a call with B"
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            owner, other = _owner(idx, subj) if subj is not None else None, _after(idx, tok)
        else:  # "A's first call was with B"
            owner, other = _owner(idx, tok), _after(idx, verb)
        if owner is None or other is None or other is owner:
            continue
        on = [d for d in drafts if d.trigger.i == tok.i]
        if any(d.sender is not None and d.recipients for d in on):
            continue  # read already
        for d in on:
            drafts.remove(d)
        d = Draft(kind, tok, owner, [other], verb=verb)
        d.sentences.append(sentence_span(tok))
        out.append(d)
    return out


def _owner(idx: PartyIndex, noun: Token) -> Party | None:
    """The one whose act the noun is: its possessor ("A's first engagement")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    return idx.party_at(poss) if poss is not None and poss.pos_ != "PRON" else None


def _after(idx: PartyIndex, word: Token) -> Party | None:
    """The party after the word's 'with' or 'to'."""
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in ("with", "to")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (p := idx.party_at(pobj)) is not None:
                return p
    return None
