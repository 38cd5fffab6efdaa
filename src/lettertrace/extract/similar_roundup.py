"""'A sent cables of congratulations to B, C and D. The Crown Prince, E, sent similar cables to the three
leaders': plural acts like those just told, sent to the same addressees named as a group ('the three
leaders', 'them', 'all of them'), are one act of the new writer to each addressee of the round-up told
before (by another writer, in the same kind)."""

from __future__ import annotations

from spacy.tokens import Token

from .another import _ALIKE
from .draft import Draft

_GROUP_WORDS = frozenset({"them", "both"})


def similar_to_those(drafts: list[Draft]) -> list[Draft]:
    """The twins that give each such plural act one addressee of the round-up before it (its first kept
    on the act itself, in place)."""
    out: list[Draft] = []
    for d in list(drafts):
        noun = d.trigger
        if d.sender is None or d.kind == "call" or noun.tag_ not in ("NNS", "NNPS"):
            continue
        if not any(c.dep_ == "amod" and c.lower_ in _ALIKE for c in noun.children):
            continue
        group = _group_addressed(noun)
        if group is None:
            continue
        before = [o for o in drafts if o.trigger.i < noun.i and o.sender is not None and o.kind == d.kind]
        if not before or before[-1].sender is d.sender:
            continue
        last = before[-1]
        listed = [
            r
            for o in before
            if o.trigger.i == last.trigger.i and o.sender is last.sender
            for r in o.recipients
        ]
        listed = [r for i, r in enumerate(listed) if r not in listed[:i] and r is not d.sender]
        counted = _count(group)
        if len(listed) < 2 or counted is not None and counted != len(listed):
            continue
        d.recipients, d.distinct = [listed[0]], True
        for r in listed[1:]:
            twin = Draft(d.kind, d.trigger, d.sender, [r], verb=d.verb)
            twin.distinct, twin.sentences = True, list(d.sentences)
            out.append(twin)
    return out


def _group_addressed(noun: Token) -> Token | None:
    """The plural word or pronoun of the 'to' phrase on the noun or its verb ('to the three leaders',
    'to them'), else None."""
    heads = [noun, noun.head] if noun.dep_ in ("dobj", "nsubjpass") else [noun]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("prep", "dative") and c.lower_ == "to":
                g = next((g for g in c.children if g.dep_ == "pobj"), None)
                if g is not None and (g.lower_ in _GROUP_WORDS or _counted_group(g)):
                    return g
    return None


def _counted_group(g: Token) -> bool:
    """'the three leaders', 'all three heads of state', 'all of them': 'the' or 'all', a number and a plural,
    nothing else before it (not "African leaders", "his own allies", "the members of the X parliament")."""
    if g.lower_ == "all":
        return any(c.dep_ == "prep" and any(o.lower_ == "them" for o in c.children) for c in g.children)
    lefts = [c for c in g.lefts]
    return (
        g.tag_ == "NNS"
        and g.ent_type_ == ""
        and [c.dep_ for c in lefts] == ["det", "nummod"]
        and lefts[0].lower_ in ("the", "all")
        and all(  # "heads of state": a bare noun after 'of', no other phrase
            c.dep_ != "prep" or all(o.text.islower() and not list(o.children) for o in c.children)
            for c in g.rights
        )
    )


def _count(group: Token) -> int | None:
    """The number a group word carries ('the three leaders': 3), else None."""
    for c in group.children:
        if c.dep_ == "nummod":
            words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
            return int(c.text) if c.text.isdigit() else words.get(c.lower_)
    return None
