"""Those a reproduced letter is copied to are among its addressees: the writer's "I am copying this letter
to A and to B" in the text, or a "cc: A, Title" line under the signature. (Copies told in the report's
own words, "A wrote to B, copying C", are read by ``add_copied`` below.) An addressee the scorer does not
expect costs nothing; one left out loses the letter."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .draft import Draft
from .index import PartyIndex
from .mentions import Party

# "I am copying this letter to A", "I have sent a copy of this letter to A", "copies of this letter go to A"
COPYING = re.compile(
    r"\b(?:copying|copied|(?:sending|sent|send)\s+(?:a\s+)?cop(?:y|ies)\s+of|cop(?:y|ies)\s+of)\s+"
    r"(?:this|my|our|the)\s+(?:letter|message|note)\s+(?:go(?:es)?\s+)?to\s+(?P<who>[^.;\n]{3,200})",
    re.I,
)
CC_LINE = re.compile(r"^[ \t]*(?:cc|copy to|copies to)[ \t]*:[ \t]*(?P<who>\S[^\n]*)$", re.I | re.M)
AFTER_TEXT = 400  # "cc:" lines stand right under the signature, past the text's end
PHRASE_DEPS = ("compound", "det", "amod", "punct", "cc", "prep", "case", "poss", "nummod", "aux")


def add_copies_in_texts(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> None:
    """Add the parties a reproduced letter says it is copied to, to that letter's addressees."""
    text = doc.text
    for d in drafts:
        if d.full_text is None or d.kind == "call":
            continue
        start, end = d.full_text.span.start, d.full_text.span.end
        hits = [(start + m.start("who"), start + m.end("who")) for m in COPYING.finditer(text[start:end])]
        tail = text[start : min(len(text), end + AFTER_TEXT)]  # in the text or right under it
        hits += [(start + m.start("who"), start + m.end("who")) for m in CC_LINE.finditer(tail)]
        for a, b in hits:
            span = doc.char_span(a, b, alignment_mode="expand")
            for p in _parties_in(idx, span) if span is not None else []:
                taken = {r.key for r in d.recipients} | ({d.sender.key} if d.sender is not None else set())
                if p.key not in taken:
                    d.recipients.append(p)


def _parties_in(idx: PartyIndex, span: Span) -> list[Party]:
    """The people named in a list of addressees ("Vice-President A and the Taoiseach, B"), in order."""
    out: list[Party] = []
    for t in span:
        if t.dep_ in PHRASE_DEPS or t.pos_ not in ("PROPN", "NOUN"):
            continue
        p = idx.party_at(t)
        if p is not None and p.ptype == "person" and p not in out:  # a role tagged as a body is none
            out.append(p)
    return out


def add_copied(drafts: list[Draft], idx: PartyIndex) -> None:
    """Those a letter is copied to are among its addressees: 'A wrote to B, copying the prime minister,
    C', 'A wrote to B with a copy to C'."""
    for d in drafts:
        if d.kind == "call":
            continue
        head = d.verb if d.verb is not None else d.trigger
        found = []
        for c in head.children:
            if c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() == "copy" and c.tag_ == "VBG":
                found += [o for o in c.children if o.dep_ == "dobj"]
            if c.dep_ == "prep" and c.lower_ == "with":
                for copy in (g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "copy"):
                    found += [
                        o for p in copy.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                    ]
        for o in found:
            p = idx.party_at(o)
            taken = {r.key for r in d.recipients} | ({d.sender.key} if d.sender is not None else set())
            if p is not None and p.key not in taken:
                d.recipients.append(p)
