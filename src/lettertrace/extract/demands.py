"""Paraphrase (indirect speech: "X said that ...") and demands ("X urged Y to ..."), linked to communications."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..models import Demand, Paraphrase, Span
from ..nlp import sent_of, text_of
from .draft import Draft
from .fulltext import Block
from .index import PartyIndex
from .links import current_at, link_quote
from .quotescan import QuoteSpan
from .speakers import subject_party

INDIRECT_VERBS = {
    "say",
    "state",
    "note",
    "stress",
    "add",
    "write",
    "emphasize",
    "underline",
    "underscore",
    "affirm",
    "reaffirm",
    "warn",
    "express",
    "point",
    "insist",
    "declare",
    "explain",
    "tell",
    "assure",
}
DEMAND_VERBS = {"demand", "urge", "request", "ask", "call", "appeal", "press", "implore"}


def paraphrases(
    doc: Doc,
    idx: PartyIndex,
    drafts: list[Draft],
    context: list[tuple[int, int | None]],
    spans: list[QuoteSpan],
) -> list[Paraphrase]:
    quoted = [(q.open_at, q.close_at) for q in spans]
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in INDIRECT_VERBS or tok.pos_ != "VERB":
            continue
        comp = next(
            (c for c in tok.children if c.dep_ == "ccomp" and any(g.lower_ == "that" for g in c.children)),
            None,
        )
        if comp is None:
            continue
        s, e = comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge.text)
        if any(a <= s <= b for a, b in quoted):
            continue
        speaker = subject_party(doc, idx, drafts, tok)
        if speaker is None:
            continue
        start = s + len("that ") if text_of(doc)[s : s + 5].lower() == "that " else s
        q = QuoteSpan(start, e, start, e, "double", 0)  # a stand-in span for linking, not a quote
        out.append(
            Paraphrase(
                text_of(doc)[start:e],
                Span(start, e),
                speaker.mention(),
                link_quote(doc, drafts, q, speaker, context, tok),
                tok.lemma_,
            )
        )
    return out


ENUM_RE = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+(?=\S)", re.M)


def find_demands(
    doc: Doc, drafts: list[Draft], blocks: list[Block], context: list[tuple[int, int | None]]
) -> list[Demand]:
    out: list[Demand] = []
    for tok in doc:
        lem = tok.lemma_.lower()
        if lem not in DEMAND_VERBS or tok.pos_ != "VERB":
            continue
        if lem in ("call", "appeal") and not any(c.lower_ in ("for", "on", "upon") for c in tok.children):
            continue
        if lem == "ask" and not any(c.dep_ == "xcomp" for c in tok.children):
            continue
        s, e = tok.idx, sent_of(tok).end_char
        e = s + len(text_of(doc)[s:e].rstrip())
        comm = _comm_at(drafts, blocks, context, s)
        if comm is None:
            continue
        out.append(Demand(text_of(doc)[s:e], Span(s, e), comm))
        out += _enumerated_after(text_of(doc), e, comm) if text_of(doc)[s:e].rstrip().endswith(":") else []
    return outermost(out)


def outermost(found: list[Demand]) -> list[Demand]:
    """The demands no other one holds: a second demand verb in the same sentence ('asked A to ... and
    requested B ...') or inside a numbered item ('2. Stop ... and we demand ...') starts a span that runs
    to the same end, within the first; the outer demand already says it (the first of equal spans kept)."""

    def inside(d: Demand, o: Demand) -> bool:
        return o.span.start <= d.span.start and d.span.end <= o.span.end

    return [
        d
        for i, d in enumerate(found)
        if not any(inside(d, o) and (o.span != d.span or j < i) for j, o in enumerate(found) if j != i)
    ]


def _comm_at(
    drafts: list[Draft], blocks: list[Block], context: list[tuple[int, int | None]], offset: int
) -> int | None:
    for b in blocks:
        if b.start <= offset < b.end:
            return next(
                (
                    i
                    for i, d in enumerate(drafts)
                    if d.full_text is not None and d.full_text.span.start == b.start
                ),
                None,
            )  # type: ignore[attr-defined]
    return current_at(context, offset)


def _enumerated_after(text: str, pos: int, comm: int) -> list[Demand]:
    """The numbered items right after a demand that ends with a colon ("...: 1. ... 2. ...")."""
    out: list[Demand] = []
    for m in ENUM_RE.finditer(text, pos):
        if text[pos : m.start()].strip():
            break  # prose between the colon (or the last item) and this number: the list is over
        s = m.end()
        e = text.find("\n", s)
        e = len(text) if e < 0 else e
        end = s + len(text[s:e].rstrip())
        if end > s:
            out.append(Demand(text[s:end], Span(s, end), comm))
        pos = e
        if len(out) >= 20:
            break
    return out
