"""'B responded with cables of thanks to A, C and D': a reply told by a plural noun addressed to several is
one answer to each: each answers the last act its addressee sent the replier before it."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .draft import Draft
from .lexicon import noun_kind
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
