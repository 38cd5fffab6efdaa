"""'Your letter' in a writer's quoted words: 'In a reply, A told B that "the Commission shares the urgency
expressed in your letter"'. The second person is the one the quote is written or spoken to, so the
letter is B's to A, never A's to B (a reading that takes the clause's subject for the noun's writer)."""

from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft
from .index import PartyIndex
from .mentions import Party
from .quotescan import quote_spans


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


def your_letters_answered(idx: PartyIndex, drafts: list[Draft]) -> None:
    """'"Thank you for your letter of support ...," said A in the letter' with A's letter going to B: a
    written draft on "your <noun>" with no parties, inside the quoted words of a writer whose own written
    act in that sentence has one addressee, is that addressee's letter to the writer, and the writer's act
    answers it (the list is changed in place)."""
    for d in drafts:
        t = d.trigger
        if d.kind_class != "written" or d.sender is not None or d.recipients:
            continue
        if not any(c.dep_ == "poss" and c.lower_ == "your" for c in t.children) or not _sent_to_me(t):
            continue
        speaker = idx.quoted_self(t)
        span = next((q for q in quote_spans(t.doc) if q.start <= t.idx < q.end), None)
        if span is None:
            continue
        close = t.doc.char_span(span.end - 1, span.end, alignment_mode="expand")
        sent = t.sent if close is None else close[0].sent  # the sentence the quote's attribution closes
        own = [
            o
            for o in drafts
            if o is not d
            and o.kind_class == "written"
            and o.sender is speaker
            and len(o.recipients) == 1
            and (sent.start <= o.trigger.i < sent.end or t.sent.start <= o.trigger.i < t.sent.end)
        ]
        if speaker is None or len(own) != 1 or own[0].recipients[0] is speaker:
            continue
        d.sender, d.recipients = own[0].recipients[0], [speaker]
        if own[0].reply_to is None:
            own[0].reply_to = d


def _sent_to_me(noun: Token) -> bool:
    """'Thank you for your letter', 'I read your letter', 'your letter of May 3 was received': the letter told
    as one the speaker received; not 'your open letter', 'your letter in the X Times', 'your letter to the
    committee', nor one a third person handled ('C showed me your letter')."""
    if any(c.lower_ == "open" or c.dep_ == "prep" and c.lower_ in ("in", "to", "on") for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.lower() in ("thank", "thanks", "grateful", "gratitude")
    if noun.dep_ == "nsubjpass":
        return True
    return noun.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children)
