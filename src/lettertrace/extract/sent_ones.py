"""'A sent a message to B, and C sent one to D', 'C also sent a similar one to D': the pronoun 'one' that
stands for the communication just named, as the object of a verb of sending with an addressee of its own,
is another act of that kind, from the verb's subject to its addressee."""

from __future__ import annotations

from typing import Any

from ..nlp import sent_number
from .draft import Draft
from .lexicon import cues
from .syntax import sentence_span


def sent_ones(finder: Any, drafts: list[Draft]) -> list[Draft]:
    """The acts 'one' stands for in the report ``finder`` (the draft finder) read, told after ``drafts``."""
    out = []
    senders = set(cues()["post_verbs"]) | {"write"}
    for tok in finder.doc:
        if tok.lower_ != "one" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in senders:
            continue
        verb = tok.head
        if any(verb.i in (d.trigger.i, getattr(d.verb, "i", -1)) or d.trigger.i == tok.i for d in drafts):
            continue  # read already: "wrote one to B", "sent a similar one to B"
        named = [
            d
            for d in drafts
            if d.trigger.pos_ in ("NOUN", "PROPN")
            and d.trigger.i < tok.i
            and 0 <= sent_number(tok) - sent_number(d.trigger) <= 1
        ]  # the noun 'one' stands for, in its sentence or the one before
        subj, to = finder._subjects(verb), finder._prep_parties(verb, ("to",)) + finder._dative(verb)
        if not named or not subj or not to or subj[0] in to:
            continue
        kind = max(named, key=lambda d: d.trigger.i).kind
        d = Draft(kind, tok, subj[0], to, verb=verb, distinct=True)
        d.sentences.append(sentence_span(tok))
        out.append(d)
    return out
