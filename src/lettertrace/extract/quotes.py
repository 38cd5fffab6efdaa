"""Quotes with their speakers, paraphrase (indirect speech) and demands, linked to communications.

Quote spans come from :mod:`lettertrace.quotescan` (pure text); speakers from the parse:
the subject of the speech verb framing the quote ("..., he said", "stressing, ...",
"the letter read", "according to X"), resolved to the report's parties. A quote inside a
reproduced full text belongs to its signer unless it cites scripture. A quote is linked to a
communication when the report says it comes from it, or when it continues the account of
a letter its speaker sent; quotes framed by a meeting, speech, interview or post are not.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..models import Demand, Paraphrase, Quote, Span
from ..nlp import text_of
from . import demands, links
from .draft import Draft
from .fulltext import Block
from .index import PartyIndex
from .links import link_quote
from .mentions import Party
from .quotescan import QuoteSpan, find_quotes
from .speakers import find_speaker, outlets, previous_speaker

# Quotes shorter than this many words are scare quotes or fragments; the gold annotation
# guideline (shared/eval/GOLD_FORMAT.md) leaves them out or marks them optional, and on the
# train set every quote under 6 words is optional. They are kept apart as fragments.
MIN_QUOTE_WORDS = 6

SCRIPTURE = re.compile(
    r"^\s*\(?\s*(?:Holy\s+)?(?:Quran|Qur'?an|Koran|Surah|Sura|Bible|Psalm|Matthew|John\s+\d|Genesis)", re.I
)
SCRIPTURE_INTRO = re.compile(
    r"(?:words of God|God says|Almighty says|verse|luminous words|the Prophet said)", re.I
)


def extract_quotes(
    doc: Doc, idx: PartyIndex, drafts: list[Draft], blocks: list[Block]
) -> tuple[list[Quote], list[Paraphrase], list[Demand]]:
    """Quotes, paraphrases and demands of one report."""
    spans = [q for q in find_quotes(text_of(doc)) if q.depth == 0]
    context = links.event_context(doc, drafts)
    media = outlets(doc)
    quotes: list[Quote] = []
    prev: Quote | None = None
    prev_party: Party | None = None
    prev_end = -1
    for qs in spans:
        recent = prev_party if _continues(text_of(doc), prev_end, qs.open_at) else None
        q, prev_party = _attribute(
            doc, idx, drafts, blocks, qs, context, prev, prev_end, recent, media, prev_party
        )
        quotes.append(q)
        prev, prev_end = q, qs.close_at
    paras = demands.paraphrases(doc, idx, drafts, context, spans)
    asked = demands.find_demands(doc, drafts, blocks, context)
    return quotes, paras, asked


# ---------------------------------------------------------------- attribution


def _attribute(
    doc: Doc,
    idx: PartyIndex,
    drafts: list[Draft],
    blocks: list[Block],
    qs: QuoteSpan,
    context: list[tuple[int, int | None]],
    prev: Quote | None,
    prev_end: int,
    recent: Party | None,
    media: set[str],
    prev_party: Party | None = None,
) -> tuple[Quote, Party | None]:
    """The quote with its speaker and communication, and the speaker as a party (for the next quote)."""
    text = text_of(doc)[qs.start : qs.end]
    span = Span(qs.start, qs.end)
    block = next((b for b in blocks if b.start <= qs.open_at < b.end), None)
    if block is not None:
        who, cue, verb = find_speaker(doc, idx, drafts, qs)  # "The Speaker, Mr. A, told me that '...'"
        if who is not None and verb is not None and _another_in_block(who, verb, block):
            return Quote(text, span, who.mention(), None, False, cue), None
        return _in_block(doc, drafts, block, qs, text), None
    near = prev_party if prev is not None and qs.open_at - prev_end < 600 else None
    speaker, cue, frame_tok = find_speaker(doc, idx, drafts, qs, recent, media, near)
    if speaker is None and prev is not None and _continues(text_of(doc), prev_end, qs.open_at):
        return Quote(text, span, prev.speaker, prev.communication, False, "continuation"), recent
    if speaker is None:
        d = _comm_just_before(doc, drafts, qs.open_at)
        if d is not None and d.sender is not None:
            return Quote(
                text, span, d.sender.mention(), drafts.index(d), False, "after report of it"
            ), d.sender
        speaker = previous_speaker(doc, idx, drafts, qs.open_at)
        cue = "after reported speech" if speaker is not None else ""
    last = (prev_party, prev.communication, prev_end) if prev is not None else None
    comm = link_quote(doc, drafts, qs, speaker, context, frame_tok, last) if speaker is not None else None
    sp = speaker.mention() if speaker is not None else None
    return Quote(text, span, sp, comm, False, cue), speaker


def _comm_just_before(doc: Doc, drafts: list[Draft], open_at: int) -> Draft | None:
    """A quote standing alone right after the sentence that reports a letter: the letter's words."""
    para_start = text_of(doc).rfind("\n", 0, open_at) + 1
    if text_of(doc)[para_start:open_at].strip():
        return None
    prev_end = text_of(doc).rstrip().rfind("\n", 0, max(0, para_start - 1))
    window = (max(0, para_start - 600), para_start)
    cands = [
        d
        for d in drafts
        if d.kind != "call" and any(window[0] <= s < window[1] and s > prev_end for s, _ in d.sentences)
    ]
    return cands[-1] if cands else None


def _in_block(doc: Doc, drafts: list[Draft], block: Block, qs: QuoteSpan, text: str) -> Quote:
    after = text_of(doc)[qs.close_at + 1 : qs.close_at + 60]
    before = text_of(doc)[max(block.start, qs.open_at - 120) : qs.open_at]
    owner = next(
        (
            i
            for i, d in enumerate(drafts)
            if d.full_text is not None and d.full_text.span.start == block.start
        ),
        None,
    )  # type: ignore[attr-defined]
    if SCRIPTURE.match(after) or SCRIPTURE_INTRO.search(before):
        return Quote(text, Span(qs.start, qs.end), None, owner, True, "scripture")
    if qs.open_at == block.start or (owner is not None and _spans_block(block, qs)):
        signer = drafts[owner].sender if owner is not None else block.signer
        return Quote(
            text, Span(qs.start, qs.end), signer.mention() if signer else None, owner, False, "full text"
        )
    signer = block.signer or (drafts[owner].sender if owner is not None else None)
    return Quote(
        text, Span(qs.start, qs.end), signer.mention() if signer else None, owner, False, "full text"
    )


def _spans_block(block: Block, qs: QuoteSpan) -> bool:
    return qs.open_at - block.start < 5


def _continues(text: str, prev_end: int, open_at: int) -> bool:
    """A quote right after another one (own paragraph, or after a short attribution) continues its words."""
    if prev_end < 0 or open_at - prev_end > 400:
        return False
    between = text[prev_end + 1 : open_at]
    para_start = text.rfind("\n", 0, open_at)
    own_line = text[para_start + 1 : open_at].strip() == ""
    if own_line:
        return between.count("\n\n") <= 1 and len(between) < 240
    return "\n" not in between and len(between) < 160


def _another_in_block(speaker: Party, verb: Token, block: Block) -> bool:
    """Inside a reproduced letter, a quote its writer tells another person said ("The Speaker, Mr. A, told
    me plainly that '...'"): a person other than the writer or the addressee, framed by a verb inside it
    whose subject is no first person."""
    if speaker.ptype != "person" or not block.start <= verb.idx < block.end:
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
        return False
    return all(p is None or p.key != speaker.key for p in (block.signer, block.sender, block.addressee))
