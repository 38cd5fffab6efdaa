"""Calls a party tells of in its own quoted words: a post ("Had a warm conversation with President B
today," A posted on X), or a first-person account ("I phoned B last night," A said). The quoted clause
has no subject or the subject "I"/"we"; its verb tells of a call with a party the report names (spoke
with/to B, had a call/conversation/chat with B, received a call from B, phoned/called/rang B), and the
quote's speaker is the other party. "Spoke with B" or "a conversation with B" is a call only when the
quote is a post (posted, tweeted, wrote on a platform, said in a post) or says phone; otherwise it may
have been face to face."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..nlp import text_of
from .draft import Draft
from .index import PartyIndex
from .mentions import Party
from .quotescan import QuoteSpan, find_quotes
from .speakers import find_speaker

FIRST_PERSON = {"i", "we"}
TALK_VERBS = {"speak", "talk", "chat"}  # "spoke with B": a call only in a post or with a phone word
TALK_NOUNS = {"conversation", "call", "chat", "phonecall"}  # not "talks": negotiations
DIAL_VERBS = {"phone", "telephone", "call", "ring", "dial"}
PHONE_VERBS = {
    "phone",
    "telephone",
    "dial",
}  # "call" and "ring" say phone only with a phone word or in a post
COMPLEMENTS = {"oprd", "xcomp", "attr", "acomp", "ccomp", "dative"}  # "called B a liar"
PHONE_WORDS = {"phone", "telephone", "call", "phoned", "telephoned", "video"}
POST_RE = re.compile(
    r"\b(?:posted|tweeted|(?:wrote|writing)\s+on\s+(?:X|Twitter|Facebook|Telegram|Instagram|LinkedIn|Weibo|"
    r"social\s+media)|(?:said|wrote)\s+(?:in|on)\s+(?:a|his|her|their)\s+post|in\s+a\s+post\s+on)\b"
)  # a verb of posting, not "the post of minister" nor "wrote on Monday"
FRAME_CHARS = 160  # how far after the quote its poster is looked for


def posted_calls(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """A call for each quote in which its speaker tells of a call with a named party."""
    text = text_of(doc)
    out = []
    for qs in (q for q in find_quotes(text) if q.depth == 0):
        inner = doc.char_span(qs.start, qs.end, alignment_mode="contract")
        if inner is None or len(inner) < 3:
            continue
        found = _told_call(inner, idx)
        if found is None:
            continue
        verb, other, incoming, phone = found
        frame = _frame_text(text, qs)
        if not phone and POST_RE.search(frame) is None:
            continue  # "I spoke with B," A said: perhaps at a meeting
        speaker = find_speaker(doc, idx, drafts, qs)[0] or _poster_after(doc, idx, qs)
        if speaker is None:
            continue
        if isinstance(other, Token):  # "I phoned him": the one named before
            named = _last_other(doc, idx, qs.open_at, speaker)
            if named is None:
                continue
            other = named
        if speaker.key == other.key:
            continue
        sender, recipient = (other, speaker) if incoming else (speaker, other)
        d = Draft("call", verb, sender, [recipient], verb=verb)
        d.sentences.append(_frame_span(doc, qs))
        out.append(d)
    return out


def _told_call(inner: Span, idx: PartyIndex) -> tuple[Token, Party | Token, bool, bool] | None:
    """The verb, the other party, whether the call came in, and whether a phone word is said, when the
    quote's first clause tells of the speaker's own call."""
    inside = range(inner.start, inner.end)
    root = next(  # the quote's own main verb: the first whose head lies outside the quote
        (t for t in inner if t.pos_ in ("VERB", "AUX") and (t.head.i not in inside or t.head.i == t.i)), None
    )
    if root is None or root.tag_ not in ("VBD", "VBN", "VBP", "VBZ"):
        return None
    sent = inner.doc[
        min(t.i for t in root.subtree if t.i in inside) : max(t.i for t in root.subtree if t.i in inside) + 1
    ]
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in inside]
    # (a subject outside the quote is the parser's error: 'KESSEL, May 2 - "Had a call with B," A wrote')
    if subj and not (len(subj) == 1 and subj[0].lower_ in FIRST_PERSON):
        return None  # "The president spoke with B": told of someone else
    phone = any(t.lower_ in PHONE_WORDS for t in sent)
    lem = {"had": "have", "held": "hold", "received": "receive", "got": "get"}.get(
        root.lower_, root.lemma_.lower()
    )
    if lem in TALK_VERBS:
        other = _party_after(root, ("with", "to"), idx)
        return (root, other, False, phone) if other else None
    if lem in DIAL_VERBS:
        objs = [c for c in root.children if c.dep_ == "dobj"]
        if len(objs) != 1 or any(c.dep_ in COMPLEMENTS for c in root.children):
            return None  # "I called B a liar", "I called him to say"
        dialled_by_phone = phone or lem in PHONE_VERBS
        if objs[0].lower_ in ("him", "her"):
            return (root, objs[0], False, dialled_by_phone)  # a pronoun is resolved once the speaker is known
        dialled = _object_party(root, idx)
        return (root, dialled, False, dialled_by_phone) if dialled else None
    if lem in ("have", "hold", "receive", "get"):
        for obj in (c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in TALK_NOUNS):
            if lem in ("receive", "get"):
                other = _party_after(obj, ("from",), idx) or _party_after(root, ("from",), idx)
                return (root, other, True, True) if other else None
            other = _party_after(obj, ("with",), idx) or _party_after(root, ("with",), idx)
            call_word = obj.lemma_.lower() in ("call", "phonecall")
            return (root, other, False, phone or call_word) if other else None
    return None


def _poster_after(doc: Doc, idx: PartyIndex, qs: QuoteSpan) -> Party | None:
    """'"...," the prime minister, A, posted on X': the first person named between the quote and a verb
    of posting in its sentence, where the parser did not make that person the verb's subject."""
    text = text_of(doc)
    tail = text[qs.close_at : qs.close_at + FRAME_CHARS]
    stop = tail.find(".", 1)
    m = POST_RE.search(tail[: stop if stop > 0 else len(tail)])
    if m is None:
        return None
    span = doc.char_span(qs.close_at + 1, qs.close_at + m.start(), alignment_mode="contract")
    for tok in span or ():
        p = idx.parties[idx.tok2party[tok.i]] if tok.i in idx.tok2party else None
        if p is not None and p.ptype == "person":
            return p
    return None


def _last_other(doc: Doc, idx: PartyIndex, before: int, speaker: Party) -> Party | None:
    """The last person the report named before offset ``before`` who is not the speaker."""
    for i in sorted((i for i in idx.tok2party if doc[i].idx < before), reverse=True):
        p = idx.parties[idx.tok2party[i]]
        if p.ptype == "person" and p.key != speaker.key:
            return p
    return None


def _frame_text(text: str, qs: QuoteSpan) -> str:
    """The quote's own sentence around it: from the line or sentence before the quote opens to the end of
    the sentence after it closes (where a report says who posted it)."""
    start = max(text.rfind("\n", 0, qs.open_at), text.rfind(". ", 0, qs.open_at)) + 1
    ends = [i for i in (text.find("\n", qs.close_at), text.find(". ", qs.close_at + 1)) if i >= 0]
    return text[start : min(ends) + 1 if ends else len(text)]


def _party_after(head: Token, preps: tuple[str, ...], idx: PartyIndex) -> Party | None:
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            p = idx.party_at(pobj)
            if p is not None:
                return p
    return None


def _object_party(verb: Token, idx: PartyIndex) -> Party | None:
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
        p = idx.party_at(obj)
        if p is not None:
            return p
    return None


def _frame_span(doc: Doc, qs: QuoteSpan) -> tuple[int, int]:
    """The quote and the rest of its sentence (where the report says who posted it)."""
    text = text_of(doc)
    end = text.find("\n", qs.close_at)
    stop = text.find(".", qs.close_at + 1)
    end = min(x for x in (end, stop + 1 if stop >= 0 else -1, len(text)) if x > 0)
    start = text.rfind("\n", 0, qs.open_at) + 1
    return (start, end)
