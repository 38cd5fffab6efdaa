"""Which communication a quote (or paraphrase) comes from.

The account is followed sentence by sentence: a sentence that reports a communication makes
it the current one, a sentence about a meeting, speech, interview or post ends it. A quote is
linked when its own frame reports a communication its speaker sent, or when it continues the
account of such a communication; quotes framed by a non-communication event are not.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..nlp import sent_of, text_of
from .draft import Draft
from .mentions import Party
from .quotescan import QuoteSpan
from .speakers import frame_sentences
from .speech_words import SPEECH_VERBS

NON_COMM_EVENT = re.compile(
    r"\b(?:meeting|met\b|(?:during|on|his|her|their|a|the|official|state) visit|speech|(?:his|her|an|the|televised) address\b|addressing (?:thousands|reporters|a crowd|the nation|the crowd|a rally|the conference|the summit)|interview|press conference|"
    r"news conference|told reporters|to reporters|reporters|rally|sermon|tweet(?:ed)?|posted|post on|statement|"
    r"remarks (?:at|during)|briefing|ceremony|summit|session|hearing|memoir|book|told (?:the )?(?:BBC|CNN))",
    re.I,
)


def event_context(doc: Doc, drafts: list[Draft]) -> list[tuple[int, int | None]]:
    """For each sentence start offset: the draft the account is about there (None: a non-comm event)."""
    by_sent: dict[int, int] = {}
    for i, d in enumerate(drafts):
        for s, _ in d.sentences:
            by_sent.setdefault(s, i)
    out: list[tuple[int, int | None]] = []
    current: int | None = None
    for sent in doc.sents:
        s = sent.start_char
        frame = outside_quotes(text_of(doc), s, sent.end_char)
        said = [c for c in sent.root.children if c.dep_ == "ccomp"] if _reports_speech(sent.root) else []
        for c in said:  # "X said the visits had failed": what X said is not the event being told
            frame = frame.replace(text_of(doc)[c.left_edge.idx : c.right_edge.idx + len(c.right_edge)], " ")
        if s in by_sent:
            current = by_sent[s]
        elif NON_COMM_EVENT.search(frame):
            current = None
        out.append((s, current))
    return out


def _reports_speech(root: Token) -> bool:
    return root.lemma_.lower() in SPEECH_VERBS and root.pos_ == "VERB"


def current_at(context: list[tuple[int, int | None]], offset: int) -> int | None:
    cur = None
    for s, d in context:
        if s > offset:
            break
        cur = d
    return cur


def outside_quotes(text: str, s: int, e: int) -> str:
    return re.sub(r"[“\"«„][^”\"»“]*[”\"»]", " ", text[s:e])


def link_quote(
    doc: Doc,
    drafts: list[Draft],
    qs: QuoteSpan,
    speaker: Party,
    context: list[tuple[int, int | None]],
    frame_tok: Token | None,
) -> int | None:
    sent = doc.char_span(qs.open_at, qs.open_at + 1, alignment_mode="expand")
    s0 = sent_of(sent[0]).start_char if sent is not None and len(sent) else qs.open_at
    starts = {s.start_char for s in frame_sentences(doc, qs)} | {s0}
    inside = range(qs.open_at, qs.close_at + 1)
    own = [
        i
        for i, d in enumerate(drafts)
        if any(s in starts for s, _ in d.sentences)
        and d.trigger.idx not in inside  # not a letter the quote names
    ]
    for i in own:
        if _speaks_in(drafts[i], speaker):
            return i
    frame = (
        outside_quotes(text_of(doc), s0, sent_of(sent[0]).end_char) if sent is not None and len(sent) else ""
    )
    if NON_COMM_EVENT.search(frame):
        return None
    cur = current_at(context, qs.open_at)
    if cur is not None and cur < len(drafts) and _speaks_in(drafts[cur], speaker):
        whole = " ".join(
            outside_quotes(text_of(doc), s.start_char, s.end_char) for s in frame_sentences(doc, qs)
        )
        if drafts[cur].kind == "call" and not _addressed_in_call(drafts[cur], speaker, whole):
            return None  # words about a call, not said in it
        return cur
    return None


def _addressed_in_call(d: Draft, speaker: Party, frame: str) -> bool:
    """'X told Y', 'during the call': the words were said to the other party."""
    if re.search(r"\b(?:call|conversation|phone|telephone)\b", frame, re.I):
        return True
    others = [p for p in [d.sender, *d.recipients] if p is not None and p is not speaker]
    words = {
        w for p in others for form in [p.name, *p.surfaces, *p.roles] for w in form.split() if len(w) > 2
    }
    return any(re.search(r"\b" + re.escape(w) + r"\b", frame) for w in words - {"the", "and", "for"})


def _speaks_in(d: Draft, speaker: Party) -> bool:
    if d.sender is speaker:
        return True
    return d.kind == "call" and speaker in d.recipients
