"""The writer told in a relative clause of the text itself: "a letter to B, in which A asked for troops",
"a cable sent to B in which A warned of unrest". What someone says *in* a written text is said by its
writer, so the active subject of an "in which" clause on the letter's phrase writes the letter when
nothing else named its writer. A passive clause ("in which the king is called a tyrant") names no writer."""

from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft
from .index import PartyIndex
from .mentions import Party


def writers_in_which(idx: PartyIndex, drafts: list[Draft]) -> None:
    """Give a written communication with no writer the subject of an "in which" clause on its phrase."""
    for d in drafts:
        if d.kind == "call" or d.sender is not None:
            continue
        writer = _in_which_subject(idx, d.trigger)
        if writer is not None and writer not in d.recipients:
            d.sender = writer


def _in_which_subject(idx: PartyIndex, noun: Token) -> Party | None:
    for t in noun.subtree:
        if t.dep_ != "relcl" or not any(_in_which(c) for c in t.children):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
            return None
        p = idx.party_at(subj)
        return p if p is not None and p.ptype in ("person", "org") else None
    return None


def _in_which(tok: Token) -> bool:
    """'in which', 'wherein', 'by which' (a note's style: "Note No. 12, by which the Embassy informed the
    Ministry"): the clause tells what the text says."""
    if tok.lower_ == "wherein":
        return True
    return (
        tok.dep_ == "prep" and tok.lower_ in ("in", "by") and any(c.lower_ == "which" for c in tok.children)
    )


def relative_writer(drafts: list[Draft], pronoun: Token) -> Party | None:
    """'B's reply, dated August 4, in which he writes that ...': the pronoun subject of an "in which" clause
    on a written communication's noun is its writer, not whoever the pronoun would otherwise take."""
    verb = pronoun.head
    if pronoun.tag_ != "PRP" or pronoun.dep_ != "nsubj" or verb.dep_ != "relcl":
        return None
    if not any(_in_which(c) for c in verb.children):
        return None
    noun = verb.head
    while noun.ent_type_ in ("DATE", "TIME") or noun.dep_ == "acl" and noun.tag_ == "VBN":
        if noun.head.i == noun.i:
            break
        noun = noun.head  # "B's reply, dated August 4, in which": the clause hung on the date
    d = next((d for d in drafts if d.trigger.i == noun.i and d.kind != "call"), None)
    return d.sender if d is not None else None
