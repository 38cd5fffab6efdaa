"""Who said a quote: the subject of the speech verb that frames it, resolved to the report's parties.

"..., he said", "stressing, ...", "the letter read" (the letter's sender), "according to X",
"X's office said" (X), a colon frame ("X said:") or, for a headline, the sender of the letter
the headline reports.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import sent_of, text_of
from .draft import Draft
from .index import PartyIndex
from .lexicon import noun_kind
from .mentions import ROLE_HEADS, Party
from .quotescan import QuoteSpan

SPEECH_VERBS = {
    "say",
    "add",
    "stress",
    "note",
    "write",
    "tell",
    "state",
    "declare",
    "read",
    "emphasize",
    "emphasise",
    "underline",
    "underscore",
    "affirm",
    "reaffirm",
    "warn",
    "urge",
    "describe",
    "continue",
    "conclude",
    "insist",
    "point",
    "explain",
    "express",
    "announce",
    "reiterate",
    "tweet",
    "quote",
    "ask",
    "remark",
    "observe",
    "highlight",
    "assert",
    "claim",
    "argue",
    "reply",
    "respond",
    "answer",
    "recall",
    "acknowledge",
    "admit",
    "demand",
    "pledge",
    "vow",
    "promise",
    "thank",
    "hail",
    "praise",
    "condemn",
    "call",
    "wish",
    "convey",
    "mention",
    "begin",
    "end",
    "open",
    "close",
    "go",
    "maintain",
    "suggest",
    "predict",
    "complain",
    "lament",
    "confirm",
    "assure",
    "reveal",
    "disclose",
    "recount",
    "comment",
    "caution",
    "proclaim",
    "contend",
    "question",
    "wonder",
    "concede",
    "welcome",
    "deny",
    "accuse",
    "criticise",
    "criticize",
    "post",
}
# "X's office / spokesman / aides said": the words are relayed for X.
SPOKES_HEADS = {
    "office",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "aides",
    "press",
    "cabinet",
    "camp",
}


def find_speaker(
    doc: Doc, idx: PartyIndex, drafts: list[Draft], qs: QuoteSpan
) -> tuple[Party | None, str, Token | None]:
    sents = frame_sentences(doc, qs)
    inside = range(qs.open_at, qs.close_at + 1)
    verbs = [t for s in sents for t in s if t.idx not in inside and _speech_verb(t)]
    verbs.sort(key=lambda t: abs(t.idx - qs.open_at))
    for v in verbs:
        p = subject_party(doc, idx, drafts, v)
        if p is not None:
            return p, v.lemma_, v
    for s in sents:
        for t in s:
            if t.idx in inside:
                continue
            obj = _according_to(t)
            if obj is not None:
                p = _speaker_of(idx, drafts, obj)
                if p is not None:
                    return p, "according to", t
    return _fallback_speaker(doc, idx, drafts, qs, sents)


def _according_to(t: Token) -> Token | None:
    """'according to X', 'in the words of X', 'in his words' -> the token naming X."""
    if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
        return next((c for c in t.nbor(1).children if c.dep_ == "pobj"), None)
    if t.lower_ == "words" and t.head.lower_ == "in":
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            return next((c for c in of.children if c.dep_ == "pobj"), None)
        return next((c for c in t.children if c.dep_ == "poss"), None)
    return None


def _fallback_speaker(
    doc: Doc,
    idx: PartyIndex,
    drafts: list[Draft],
    qs: QuoteSpan,
    sents: list,  # type: ignore[type-arg]
) -> tuple[Party | None, str, Token | None]:
    """A quote introduced by a colon, or embedded in a sentence without a speech verb: the sentence's subject;
    a headline quote: the sender of the letter the headline reports."""
    if not sents:
        return None, "", None
    sent = sents[0]
    lead = text_of(doc)[sent.start_char : qs.open_at].rstrip()
    if lead.endswith(":") or (lead and not lead.endswith((".", "!", "?"))):
        root = sent.root
        p = (
            subject_party(doc, idx, drafts, root)
            if root.idx not in range(qs.open_at, qs.close_at + 1)
            else None
        )
        if p is not None:
            return p, "frame subject", root
    title = [
        d for d in drafts if d.sender is not None and any(s0 == sent.start_char for s0, _ in d.sentences)
    ]
    if title:
        return title[0].sender, "headline", title[0].trigger
    return None, "", None


def frame_sentences(doc: Doc, qs: QuoteSpan) -> list:  # type: ignore[type-arg]
    first = doc.char_span(qs.open_at, qs.open_at + 1, alignment_mode="expand")
    last = doc.char_span(
        max(qs.close_at, qs.open_at), max(qs.close_at, qs.open_at) + 1, alignment_mode="expand"
    )
    if first is None or len(first) == 0:
        return []
    sents = [sent_of(first[0])]
    if last is not None and len(last) and sent_of(last[0]) != sents[0]:
        sents.append(sent_of(last[0]))
    nxt_i = sents[-1].end
    if nxt_i < len(doc):
        nxt = sent_of(doc[nxt_i])
        if len(nxt) <= 8 and "\n" not in text_of(doc)[qs.close_at : nxt.start_char]:
            sents.append(nxt)  # '“...,” \n he said.' split by the sentence splitter
    if text_of(doc)[sents[0].start_char : qs.open_at].strip() == "" and sents[0].start > 0:
        before = sent_of(doc[sents[0].start - 1])
        if before.text.rstrip().endswith(":") and text_of(doc)[before.end_char : qs.open_at].count("\n") <= 2:
            sents.insert(0, before)  # 'X said:' then the quote as its own paragraph
    return sents


def _speech_verb(t: Token) -> bool:
    lem = t.lemma_.lower()
    if lem not in SPEECH_VERBS or t.pos_ not in ("VERB", "AUX"):
        return False
    if lem == "call" and any(c.lower_ in ("for", "on") for c in t.children):
        return False
    return True


def subject_party(doc: Doc, idx: PartyIndex, drafts: list[Draft], verb: Token) -> Party | None:
    v = verb
    for _ in range(4):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return _speaker_of(idx, drafts, c)
        if v.dep_ in ("advcl", "conj", "xcomp", "ccomp", "pcomp") and v.head is not v:
            v = v.head
        else:
            break
    return None


def _speaker_of(idx: PartyIndex, drafts: list[Draft], tok: Token) -> Party | None:
    kind = noun_kind(tok) if tok.pos_ == "NOUN" else None
    if kind or tok.lower_ in ("it", "letter", "message", "cable", "telegram", "text", "memo"):
        d = draft_before(drafts, tok.idx)
        return d.sender if d is not None else None
    if tok.lemma_.lower() in SPOKES_HEADS:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None:
            return _speaker_of(idx, drafts, owner)  # "Lula's office said": Lula's words
    p = idx.party_at(tok)
    if p is None and tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "DATE", "NORP"):
        p = idx.named_person(tok)
    elif (
        p is None and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in ROLE_HEADS and tok.tag_ != "NNS"
    ):
        p = idx.new_role_party(tok)
    if p is not None and tok.i not in idx.tok2party:
        idx.note_mention(tok, p, True)
    return p


def draft_before(drafts: list[Draft], offset: int) -> Draft | None:
    best = None
    for d in drafts:
        if d.kind == "call":
            continue
        if any(s <= offset for s, _ in d.sentences):
            if best is None or max(s for s, _ in d.sentences if s <= offset) > max(
                s for s, _ in best.sentences if s <= offset
            ):
                best = d
    return best
