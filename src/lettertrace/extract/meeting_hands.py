"""'A met with B on Sunday and hand-delivered a letter demanding ...', 'A received B and handed over a
message': a written act handed over with no addressee, by a verb joined to one of meeting whose subject
is the same writer, went to the one met (named as the meeting verb's object or after its 'with').

'During the meeting with B, C delivered a message from A', 'a meeting held between B and C, where he
delivered a written message from A': a message carried to a meeting its sentence tells went to the side
of the meeting that is neither its writer nor its carrier (the carrier named as the verb's subject, or
the side of the writer's own state)."""

from __future__ import annotations

from spacy.tokens import Token

from .. import names
from .draft import Draft
from .index import PartyIndex
from .lexicon import cues
from .mentions import LEADER_OFFICES, Party
from .office_fit import states_of

# Nouns of a meeting whose 'with' or 'between' names its sides.
_MEETING_NOUNS = frozenset({"meeting", "talks", "audience", "session"})
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


def carried_to_meeting(idx: PartyIndex, drafts: list[Draft]) -> None:
    """Give each message carried to a meeting with no addressee the meeting's other side (in place)."""
    for d in drafts:
        verb = d.verb
        if d.kind_class != "written" or d.sender is None or d.recipients or verb is None:
            continue
        if verb.lemma_.lower().split("-")[-1] not in cues()["carry_verbs"] or _addressed(verb, d):
            continue
        sides = _meeting_sides(idx, verb)
        named = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]  # (not "he")
        carriers = [p for c in named if (p := idx.party_at(c)) is not None]
        left = [p for p in sides if p is not d.sender and p not in carriers]
        if len(left) > 1:  # a leader's message goes to the leader met (of another state), not to the
            own = states_of(d.sender)  # minister who carried it
            left = [p for p in left if _leader(p) and not states_of(p) & own]
        if len(left) == 1:
            d.recipients = left


def _addressed(verb: Token, d: Draft) -> bool:
    """The act names an addressee of its own, party or not ("delivered a letter from A to reporters",
    "a message from A intended for C"), or is told as earlier or to come ("recalled that she had delivered")."""
    if any(t.dep_ in ("prep", "dative") and t.lower_ in ("to", "for") and t.i > verb.i for t in verb.subtree):
        return True
    return verb.dep_ == "xcomp" or any(
        c.dep_ == "aux" and c.lower_ in ("had", "will", "would") for c in verb.children
    )


def _leader(p: Party) -> bool:
    """The party is named with a leader's office before its name ("President B", "the Emir Sheikh B")."""
    own = set(names.tokens(p.name))
    return p.ptype == "person" and any(
        set(names.tokens(f)) & LEADER_OFFICES and set(names.tokens(f)) & own for f in p.surfaces
    )


def _meeting_sides(idx: PartyIndex, verb: Token) -> list[Party]:
    """The parties named after 'with' or 'between' on the meeting the verb is told in: 'during' (or 'at',
    'in') the meeting, on the verb; or the meeting whose relative clause the verb is ("a meeting held
    between B and C, where he delivered ...")."""
    out: list[Party] = []
    at = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("during", "at", "in")
        for g in c.children
    ]
    up = [a for a in list(verb.ancestors)[:5] if verb.dep_ == "relcl"]  # (hung on the last side named)
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):  # however the parse hangs it
        up += [t for t in verb.doc[verb.sent.start : verb.i] if t.lemma_.lower() in _MEETING_NOUNS][-1:]
    for noun in [*at, *up]:
        if noun.lemma_.lower() not in _MEETING_NOUNS:
            continue
        for c in [*noun.children, *(a for a in noun.children if a.dep_ == "acl" for a in a.children)]:
            if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                for g in (g for g in c.children if g.dep_ == "pobj"):
                    out += [
                        p for t in (g, *g.conjuncts) if (p := idx.party_at(t)) is not None and p not in out
                    ]
    return out
