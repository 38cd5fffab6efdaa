"""'Prime Minister A has replied in writing to party president B', 'A responded in writing to B on
Wednesday': a reply verb told as written ('in writing'), to a party named after 'to', is a letter from A to
B, whether or not the report tells what it answers (the last act B sent A, when it does). A reply to B
with no written manner stays unread here: "A replied to B" is as often spoken, in a chamber or on air."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .draft import Draft
from .index import PartyIndex
from .lexicon import blocked, cues
from .syntax import sentence_span


def written_replies(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """One letter for each reply verb told in writing to a named party that no act was read at."""
    out: list[Draft] = []
    for verb in doc:
        if verb.lemma_.lower() not in cues()["reply_verbs"] or verb.pos_ != "VERB" or blocked(verb):
            continue
        if not any(_in_writing(c) for c in verb.children):
            continue
        if any(d.verb is verb or d.trigger is verb for d in drafts):
            continue  # read already
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        hung = [
            *verb.children,
            *(c for w in verb.children if _in_writing(w) for g in w.children for c in g.children),
        ]
        to = next(
            (g for c in hung if c.dep_ == "prep" and c.lower_ == "to" for g in c.children), None
        )  # (on 'writing')
        replier = idx.party_at(subj) if subj is not None else None
        whom = idx.party_at(to) if to is not None and to.dep_ == "pobj" else None
        if replier is None or whom is None or whom is replier:
            continue
        d = Draft("letter", verb, replier, [whom], verb=verb)
        answered = [
            o
            for o in drafts
            if o.sender is whom and replier in o.recipients and o.trigger.i < verb.i and o.kind != "call"
        ]
        d.reply_to = answered[-1] if answered else None
        d.distinct = not answered
        d.sentences.append(sentence_span(verb))
        out.append(d)
    return out


def _in_writing(prep: Token) -> bool:
    """'in writing', 'in writing on Wednesday'."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(g.lower_ == "writing" for g in prep.children)
