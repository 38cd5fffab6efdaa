"""Names spaCy breaks at a quoted nickname ('Arnold "Arnie" K. Bellamy, Jr.'), mended into one."""

from __future__ import annotations

from spacy.tokens import Span

from .mentions import GENERATION_SUFFIXES


def mend_nicknames(ents: list[Span]) -> list[Span]:
    """'Arnold "Arnie" K. Bellamy, Jr.': spaCy breaks a name at its quoted nickname (tagging "Arnold
    “", the nickname as a place and "K. Bellamy" as two names) and tags the generation after the
    comma as a person of its own. The given name, the nickname in quotes and the capitalised words after
    them become one person's name, read by the index without its nickname; a lone "Jr." is no one."""
    out: list[Span] = []
    skip_to = -1
    for e in ents:
        if e.start < skip_to:
            continue
        if e.label_ == "PERSON" and all(t.lower_.strip(".") in GENERATION_SUFFIXES or t.is_punct for t in e):
            continue
        end = _past_nickname(e) if e.label_ == "PERSON" else None
        if end is None:
            out.append(e)
            continue
        out = [x for x in out if x.end <= e.start]
        out.append(Span(e.doc, e.start, end, label="PERSON"))
        skip_to = end
    return out


def _past_nickname(e: Span) -> int | None:
    """Where a name goes on past a quoted one-word nickname that starts inside ``e`` or right after it:
    the end of the capitalised words after the closing quote; None when there is no such nickname."""
    doc = e.doc
    for q in range(e.start + 1, min(e.end + 1, len(doc) - 3)):
        q1, nick, q2 = doc[q], doc[q + 1], doc[q + 2]
        if not (q1.is_quote and q2.is_quote and nick.text[:1].isupper() and nick.is_alpha):
            continue
        if q1.whitespace_ or nick.whitespace_:
            return None
        end = q + 3
        while end < len(doc) and end - q < 8 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        return end if end > q + 3 else None
    return None
