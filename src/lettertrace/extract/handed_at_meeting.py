"""'A met with B on Sunday and hand-delivered a letter demanding ...', 'A received B and handed over a
message': a written act handed over with no addressee, by a verb joined to one of meeting whose subject
is the same writer, went to the one met (named as the meeting verb's object or after its 'with')."""

from __future__ import annotations

from .draft import Draft
from .index import PartyIndex
from .lexicon import cues

# Verbs of meeting someone in person, whose object (or 'with') names the one met.
_MEETING = frozenset({"meet", "receive", "visit", "host", "greet", "welcome"})


def handed_at_meeting(idx: PartyIndex, drafts: list[Draft]) -> None:
    """Give each written act handed over at a meeting with no addressee the one met (in place)."""
    carrying = {*cues()["carry_verbs"], "give"}
    for d in drafts:
        verb = d.verb
        if d.kind_class != "written" or d.sender is None or d.recipients or verb is None:
            continue
        if verb.lemma_.lower().split("-")[-1] not in carrying or verb.dep_ != "conj":
            continue
        meet = verb.head
        if meet.lemma_.lower() not in _MEETING or any(c.dep_ == "nsubj" for c in verb.children):
            continue  # not "A met B and C handed over a letter": another's act
        if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
            continue
        met = [c for c in meet.children if c.dep_ == "dobj"]
        met += [g for c in meet.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
        parties = [p for t in met if (p := idx.party_at(t)) is not None and p is not d.sender]
        if len(parties) == 1:
            d.recipients = parties
