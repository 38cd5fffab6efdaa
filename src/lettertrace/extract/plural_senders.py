"""Senders of a plural object: "A, B and C have all sent messages to D" is one message of each, also where
the parse keeps only one of the people listed before the verb as its subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .draft import Draft
from .lexicon import blocked
from .lists import party_list_from
from .syntax import is_passive

if TYPE_CHECKING:
    from .arguments import ArgumentFiller
    from .mentions import Party
    from .triggers import DraftFinder


def plural_senders(finder: ArgumentFiller, noun: Token) -> list[Party]:
    """Who sent the plural object ``noun`` ("A, B and C have all sent messages to D"): the verb's subjects,
    or, where the parse kept one of a list of people before the verb, each person the list names; none
    where the noun is no object of theirs (:func:`plural_object`)."""
    if not plural_object(noun):
        return []
    their = _their_pobj(noun)
    verb = noun.head.head if their else noun.head
    while their and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "expressed by A, B and C in their messages": the phrase hung on A
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    by = agents[0] if their and agents and is_passive(verb) else None
    subj = (finder._prep_parties(verb, ("by",)) if by is not None else []) or finder._subjects(verb)
    nsubj = by or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if len(subj) != 1 or nsubj is None or noun.tag_ not in ("NNS", "NNPS"):
        return subj
    listed = party_list_from(finder.doc, finder.idx, nsubj.left_edge.i)
    if len(listed) > 1 and subj[0] in listed and all(p.ptype == "person" for p in listed):
        return listed
    return subj


def plural_object(noun: Token) -> bool:
    """The plural act is what the verb's subjects sent: its object ("A and B sent messages"), or theirs in a
    phrase on the verb ("Condolences were expressed by A and B in their messages to C")."""
    return noun.dep_ == "dobj" or _their_pobj(noun)


def _their_pobj(noun: Token) -> bool:
    return noun.dep_ == "pobj" and any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)


def split_plural(finder: DraftFinder, d: Draft) -> None:
    """Make one draft per sender of a plural object ("A and B sent messages to C": one each)."""
    subj = plural_senders(finder, d.trigger)
    if any(r in subj for r in d.recipients):
        return  # "A, B and C have all sent messages to him": 'him' is no one of them, whom then is unsure
    if len(subj) > 1 and d.sender in subj and d.kind != "call":  # "A and B held talks by phone": one
        d.distinct = True
        for s in subj[1:]:
            twin = finder._add(Draft(d.kind, d.trigger, s, list(d.recipients), verb=d.verb))
            twin.distinct = True
            twin.sentences = list(d.sentences)
            finder.drafts.remove(twin)
            finder.drafts.append(twin)


def received_froms(verb: Token) -> list[Token]:
    """The 'from' phrases of a passive of receiving: on the verb, and hung on the one who received ("were
    received by B from A, who ..., and from C")."""
    on_verb = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    on_receiver = [
        f
        for a in verb.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj"
        for f in g.children
        if f.dep_ == "prep" and f.lower_ == "from"
    ]
    found = on_verb + on_receiver
    return found + [
        c for f in found for c in f.conjuncts if c.lower_ == "from" and c not in found
    ]  # "and from C"


def calls_of_each(finder: DraftFinder, d: Draft) -> bool:
    """'A and B congratulated C in telephone conversations': one call of each subject with the verb's one
    object (True when ``d`` is so made A's call and a twin B's); not 'A and B held talks by phone' (one)."""
    t = d.trigger
    if d.kind != "call" or t.dep_ != "pobj" or t.head.lower_ not in ("in", "during", "over", "by", "via"):
        return False
    verb = t.head.head
    subj = finder._subjects(verb) if verb.pos_ == "VERB" else []
    objs = [p for c in verb.children if c.dep_ == "dobj" for p in finder._conj_parties(c)]
    if len(subj) < 2 or len(objs) != 1 or objs[0] in subj or any(p.ptype != "person" for p in subj):
        return False
    if blocked(verb):  # "A and B did not congratulate C during calls", "will congratulate": no call at all
        d.sender, d.recipients = None, []
        return True
    d.sender, d.recipients, d.distinct = subj[0], list(objs), True
    for s in subj[1:]:
        twin = finder._add(Draft("call", t, s, list(objs), verb=verb))
        twin.distinct, twin.sentences = True, list(d.sentences)
        finder.drafts.remove(twin)
        finder.drafts.append(twin)
    return True


def respective(tok: Token) -> bool:
    """The sentence pairs its lists item by item ("A and B sent letters to C and D respectively")."""
    return any(t.lower_ == "respectively" for t in tok.sent)
