"""'A wrote to B last week ... He also replied on Monday to C, welcoming the offer': a reply told with
'also' after a written act of the same writer is one more of his letters (messages), to the person
it names. A reply verb alone is as often spoken ("replied to the MP in the chamber"); told as one more
of a writer's acts, it is of their kind."""

from __future__ import annotations

from spacy.tokens import Doc

from .draft import Draft
from .index import PartyIndex
from .lexicon import cues
from .reply_checks import AUDIENCES, SPOKEN_MANNERS
from .syntax import sentence_span

SPOKEN_PLACES = AUDIENCES | SPOKEN_MANNERS | {"briefing", "chamber", "hearing", "session", "podium"}


def also_replied(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """One act for each 'also replied to C' after a written act of the same replier."""
    out: list[Draft] = []
    for verb in doc:
        if verb.lemma_.lower() not in cues()["reply_verbs"] or verb.tag_ not in ("VBD", "VBN"):
            continue
        if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
            continue
        if any(d.verb is verb or d.trigger is verb for d in drafts):
            continue  # read already
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        replier = idx.party_at(subj) if subj is not None else None
        tos = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        to = idx.party_at(tos[0]) if tos else None
        if replier is None or to is None or to is replier or to.ptype == "org" and replier.ptype == "person":
            continue
        before = [
            d
            for d in drafts
            if d.sender is replier
            and d.kind != "call"
            and d.trigger.i < verb.i
            and verb.i - d.trigger.i < 120
        ]
        if any(t.lemma_.lower() in SPOKEN_PLACES for t in verb.sent):
            continue  # "In parliament, she also replied to C": spoken
        if not before:
            continue  # no letter of the replier told just before: a spoken reply, maybe
        d = Draft(before[-1].kind, verb, replier, [to], verb=verb)
        d.sentences.append(sentence_span(verb))
        out.append(d)
    return out


def followed_up(drafts: list[Draft]) -> None:
    """'A wrote to B ... A followed up with a note to C', 'followed it up with a call': the act followed up
    with is another act (in place), whatever it shares with the first."""
    for d in drafts:
        t = d.trigger
        if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lemma_.lower() == "follow":
            d.distinct = True
