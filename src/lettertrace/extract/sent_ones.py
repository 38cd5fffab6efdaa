"""'A sent a message to B, and C sent one to D', 'C also sent a similar one to D': the pronoun 'one' that
stands for the communication just named, as the object of a verb of sending with an addressee of its own,
is another act of that kind, from the verb's subject to its addressee."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from ..nlp import sent_number
from .draft import Draft
from .lexicon import blocked, cues
from .mentions import ROLE_HEADS, _head_word
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
        if not _plainly_sent(tok, verb):
            continue
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


def _plainly_sent(one: Token, verb: Token) -> bool:
    """'C sent one to D' told as done: not denied or to come ("did not send one", "will send one"), 'one'
    not of something else ("one of his aides"), the addressee named, not a pronoun ("sent one to him"),
    and no apposition saying what 'one' was ("sent one to D for his birthday, a bottle of wine")."""
    if blocked(verb):
        return False  # "did not send one", "will send one", "plans to send one"
    if verb.tag_ == "VBG" or verb.dep_ not in ("ROOT", "conj"):
        return False  # "is sending one", "denied that he had sent one", "if C sent one", "whether C sent one"
    if any(c.dep_ not in ("det", "amod") for c in one.children):
        return False
    to = [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children]
    said = any(  # ", a striker", not ", B" nor ", speaker of the assembly" (an office)
        t.dep_ == "appos" and t.pos_ != "PROPN" and _head_word(t) not in ROLE_HEADS for t in verb.subtree
    )
    objects = sum(c.dep_ == "dobj" for c in verb.children)  # "sent one to D ..., a bottle of wine"
    return bool(to) and all(g.pos_ != "PRON" for g in to) and not said and objects == 1
