"""'the former' / 'the latter': one of the two (or the last of several) people a sentence just named."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp import sent_of
from .salience import modifies_thing

if TYPE_CHECKING:
    from .coref import InReportResolution
    from .mentions import Party


def former_or_latter(res: InReportResolution, tok: Token) -> Party | None:
    """The first or the last of the two people the nearest sentence naming two people names (in its
    reading order; its own sentence, before it, counts: "A wrote to B, and the latter replied"), within a
    few sentences; 'the latter' is also the last of three ('A met B and C ... he phoned the latter')."""
    sents: dict[int, list[Party]] = {}
    for i, k, _lvl in res.mentions:
        if modifies_thing(res.doc[i]):
            continue  # "the Kessel bridge tolls": no one of the two
        if not max(0, tok.i - 150) <= i < tok.i:
            continue  # (earlier in its own sentence counts too: "A wrote to B, and the latter")
        p = res.parties[k]
        people = sents.setdefault(sent_of(res.doc[i]).start, [])
        if p.ptype == "person" and p not in people:
            people.append(p)
    want = (
        (lambda n: n == 2) if tok.lower_ == "former" else (lambda n: n >= 2)
    )  # "A met B and C ... the latter"
    pairs = [ps for _start, ps in sorted(sents.items()) if want(len(ps))]
    if not pairs:
        return None
    return pairs[-1][0] if tok.lower_ == "former" else pairs[-1][-1]
