"""'Your letter' in a writer's quoted words: 'In a reply, A told B that "the Commission shares the urgency
expressed in your letter"'. The second person is the one the quote is written or spoken to, so the
letter is B's to A, never A's to B (a reading that takes the clause's subject for the noun's writer)."""

from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft
from .index import PartyIndex
from .mentions import Party


def your_letters(idx: PartyIndex, drafts: list[Draft]) -> None:
    """Turn round a written draft on "your <noun>" inside a quote, told as sent by the quote's own speaker:
    the one the speaker addresses (its one addressee, or the object of the verb that opens the quote,
    "A told B that '...'") wrote it to the speaker."""
    for d in drafts:
        t = d.trigger
        if d.kind == "call" or d.sender is None or len(d.recipients) > 1:
            continue
        if not any(c.dep_ == "poss" and c.lower_ == "your" for c in t.children):
            continue
        if idx.quoted_self(t) is not d.sender:
            continue  # not inside the sender's own quoted words
        you = d.recipients[0] if d.recipients else _told(idx, t, d.sender)
        if you is not None and you is not d.sender:
            d.sender, d.recipients = you, [d.sender]
            d.distinct = False  # the addressee's letter, maybe told before ("replied to B's letter")
            if d.reply_to is not None and d.reply_to.sender is you:
                d.reply_to = None  # read as the speaker's answer to it: it is that letter


def _told(idx: PartyIndex, tok: Token, speaker: Party) -> Party | None:
    """The person the clause around ``tok`` says the speaker addressed: "A told B that ...", "A wrote to B"."""
    for v in tok.ancestors:
        if v.pos_ != "VERB" or not any(c.dep_ == "nsubj" and idx.party_at(c) is speaker for c in v.children):
            continue
        for c in v.children:
            objs = [c] if c.dep_ in ("dobj", "dative") else []
            objs += (
                [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "to" else []
            )
            for o in objs:
                p = idx.party_at(o)
                if p is not None and p.ptype == "person" and p is not speaker:
                    return p
    return None
