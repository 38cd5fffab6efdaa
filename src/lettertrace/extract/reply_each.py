"""'B responded with cables of thanks to A, C and D': a reply told by a plural noun addressed to several is
one answer to each: each answers the last act its addressee sent the replier before it. A reply to a joint
letter ("to the joint letter from A and C") goes to all who signed it. A reply 'delivered by' someone names
its courier there, not its writer (:func:`writer_preps`)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .draft import Draft
from .lexicon import cues, noun_kind
from .mentions import Party


def answered_each(finder: Any, noun: Token | None, replier: Party, verb: Token) -> bool:
    """Add to ``finder`` (the draft finder) one answer of ``replier`` told by ``noun`` (plural) to each
    addressee its 'to' lists, each answering the last act that addressee sent the replier before the noun;
    nothing, and False, unless the noun is plural and names two or more addressees."""
    addressees = finder._listed(noun, ("to",)) if noun is not None else []
    if noun is None or noun.tag_ not in ("NNS", "NNPS") or len(addressees) < 2 or replier in addressees:
        return False
    drafts: list[Draft] = finder.drafts
    for a in addressees:
        sent = [
            o
            for o in drafts
            if o.trigger.i < noun.i
            and o.sender is not None
            and o.sender.key == a.key
            and any(r.key == replier.key for r in o.recipients)
        ]
        kind = noun_kind(noun) or (sent[-1].kind if sent else "message")  # "letters of thanks", "calls"
        d = finder._add(Draft(kind, noun, replier, [a], verb=verb, distinct=True))  # type: ignore[arg-type]
        d.reply_to = sent[-1] if sent else None
    return True


def joint_signers(finder: Any, noun: Token | None, replier: Party) -> list[Party]:
    """The signers of a joint letter a reply answers ("replied to the joint letter from A and B": A and B),
    each an addressee of the reply; [] unless the answered noun is told as joint, or as from two or more
    people, none of them the replier."""
    if noun is None:
        return []
    signers = [p for p in finder._listed(noun, ("from", "by")) if p.ptype == "person"]
    joint = any(c.lower_ in ("joint", "jointly") for c in noun.children)
    if len(signers) < 2 or replier in signers or not (joint or noun.tag_ == "NN"):
        return []
    return signers


def writer_preps(verb: Token) -> tuple[str, ...]:
    """The preposition a reply's writer is named after with ``verb``: 'sent by A', 'signed by A'; none with a
    verb of carrying ("delivered to B's office by the Clerk": a courier, not the writer)."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    own = any(r.lower_ in ("herself", "himself", "themselves") for a in agents for r in a.children)
    return () if verb.lemma_.lower() in cues()["carry_verbs"] and not own else ("by",)  # "by A herself": A
