"""'A has replied to B's appeal on the debt talks. In a letter signed last Friday, A promised ...': a letter
told as the medium of what its writer said, naming no addressee, right after the writer was said to reply
to, answer or respond to something a named person said or asked (B's appeal, request, invitation, also B's
criticism), went to that person. Not when the answered thing is nobody's ("replied to the criticism"), nor
when the answer was given at an event ("in a speech, A replied to B's appeal")."""

from __future__ import annotations

from spacy.tokens import Doc

from .draft import Draft, unaddressed_media
from .index import PartyIndex
from .lexicon import cues, noun_kind
from .links import NON_COMM_EVENT
from .mentions import Party


def add_answered_asker(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> None:
    """Give such a letter its addressee: the one possessor of the thing its writer answered just before."""
    sents = list(doc.sents)
    for d, writer, n in unaddressed_media(sents, drafts):
        found: list[Party] = []
        for s in sents[max(0, n - 1) : n + 1]:
            if NON_COMM_EVENT.search(s.text) is not None:
                continue  # "in a speech", "at the press conference": an answer given aloud
            for v in (t for t in s if t.pos_ == "VERB" and t.i < d.trigger.i):
                if v.lemma_.lower() not in cues()["reply_verbs"]:
                    continue
                subj = [idx.party_at(c) for c in v.children if c.dep_ == "nsubj"]
                if not any(p is not None and p.key == writer.key for p in subj):
                    continue
                things = [g for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
                things += [c for c in v.children if c.dep_ == "dobj" and v.lemma_.lower() == "answer"]
                for thing in things:
                    if noun_kind(thing) is not None:
                        continue  # "replied to B's letter": the reply rules read that
                    for owner in (c for c in thing.children if c.dep_ == "poss"):
                        p = idx.party_at(owner)
                        if p is not None and p.ptype == "person" and p.key != writer.key:
                            found.append(p)
        if len({p.key for p in found}) == 1:
            d.recipients.append(found[0])
