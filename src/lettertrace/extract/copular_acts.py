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
        if _appeal_or_from(tok):
            continue  # "A's response was a call to B to resign": an appeal; "A's first call from a leader"
        if tok.dep_ == "attr":  # "A's first engagement was a call with B"
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or not (subj.lemma_.lower() in ACT_NOUNS or noun_kind(subj)):
                continue  # (not "A's favourite book was a letter to B")
            owner, other = _owner(idx, subj), _after(idx, tok)
        else:  # "A's first call was with B"
            owner, other = _owner(idx, tok), _after(idx, verb)
        if owner is None or other is None or other is owner or _owned_by_noun(idx, tok, owner):
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


# Nouns of what someone did, whose 'be' may tell the act ("A's first engagement was a call with B").
ACT_NOUNS = frozenset(
    {
        "act",
        "action",
        "engagement",
        "move",
        "step",
        "task",
        "contact",
        "duty",
        "order",
        "decision",
        "priority",
    }
    | {"reply", "answer", "response"}
)


def _appeal_or_from(noun: Token) -> bool:
    """'a call to B to resign' (an appeal, its infinitive after), 'a call from a leader' (the other way)."""
    return any(c.dep_ in ("xcomp", "acl") and c.tag_ == "VB" for c in noun.subtree) or any(
        c.dep_ == "prep" and c.lower_ == "from" for c in noun.children
    )


def _owner(idx: PartyIndex, noun: Token) -> Party | None:
    """The one whose act the noun is: its possessor ("A's first engagement")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    return idx.party_at(poss) if poss is not None and poss.pos_ != "PRON" else None


def _after(idx: PartyIndex, word: Token) -> Party | None:
    """The party after the word's 'with' or 'to': the person its phrase names first ("to Norland's Ana Lind":
    Ana Lind, not Norland), else the party the phrase's head names."""
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in ("with", "to")):
        named = [
            idx.parties[idx.tok2party[t.i]] for t in prep.subtree if t.i in idx.tok2party and not _owning(t)
        ]
        people = [p for p in named if p.ptype == "person"]
        if people:
            return people[0]
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if (p := idx.party_at(pobj)) is not None:
                return p
    return None


def _owned_by_noun(idx: PartyIndex, noun: Token, owner: Party) -> bool:
    """The owner's name runs into the act's noun ("Berg's First Phone" tagged a person in a headline)."""
    return any(idx.tok2party.get(c.i) == owner.key for c in noun.lefts if c.dep_ in ("compound", "amod"))


def _owning(tok: Token) -> bool:
    """A name that owns what the phrase names ("to B's liking", "to Norland's Ana Lind": B, Norland)."""
    while tok.dep_ in ("compound", "flat", "case") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "poss"
