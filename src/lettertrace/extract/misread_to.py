"""'A wrote on 10 May to Naseer Faiq': after a date the parser may read "to" + an unfamiliar name as an
infinitive, the name's first word a verb ("to Naseer") and the rest its object. The name after that "to"
is the one written to, as in "A wrote to Naseer Faiq on 10 May"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .index import PartyIndex
    from .mentions import Party


def names_read_as_infinitive(idx: PartyIndex, verb: Token) -> list[Party]:
    """The persons named right after a "to" the parser made an infinitive's, hung on ``verb``."""
    out: list[Party] = []
    for c in verb.children:
        if c.dep_ != "xcomp" or c.tag_ != "NNP" or not c.text[:1].isupper():
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children):
            continue
        end = c.i + 1
        while end < len(c.doc) and c.doc[end].tag_ == "NNP":
            end += 1  # the run of the name's words
        if end < len(c.doc) and c.doc[end].tag_ == "POS":
            continue  # "to Naseer Faiq's brother": another person
        for t in (c, *(g for g in c.children if g.dep_ in ("dobj", "compound", "appos"))):
            key = idx.tok2party.get(t.i)
            p = idx.parties[key] if key is not None else None
            if p is not None and p.ptype == "person" and p not in out:
                out.append(p)
    return out
