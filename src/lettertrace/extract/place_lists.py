"""Holders of a plural office listed each after its place ("her counterparts from X, A, and from Y, B"):
the persons in order, and one call with each of them."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_of
from .draft import Draft
from .index import PartyIndex
from .mentions import ROLE_HEADS, Party, _head_word


def named_by_place(idx: PartyIndex, tok: Token) -> list[Party]:
    """'her counterparts from X, A, and from Y, B', 'the foreign ministers of X, A, and of Y, B': a plural
    office whose holders are listed each after its place; the persons, in order. Read left to right (the
    parser hangs a repeated 'and from Y, B' anywhere): a preposition, the place up to a comma, the holder
    up to the next comma or 'and'."""
    if tok.tag_ != "NNS" or _head_word(tok) not in ROLE_HEADS:
        return []
    doc, end = tok.doc, sent_of(tok).end
    word = doc[tok.i + 1].lower_ if tok.i + 1 < end else ""
    if word not in ("from", "of"):
        return []
    out: list[Party] = []
    i = tok.i + 1
    while i < end and (doc[i].lower_ == word or out and doc[i].text[:1].isupper()):  # "and Y, B" too
        i += doc[i].lower_ == word
        comma = next((j for j in range(i, min(end, i + 7)) if doc[j].text == ","), None)
        if comma is None:
            break
        stop = next((j for j in range(comma + 1, end) if doc[j].text == "," or doc[j].lower_ == "and"), end)
        held = [idx.parties[idx.tok2party[t.i]] for t in doc[comma + 1 : stop] if t.i in idx.tok2party]
        person = next((p for p in held if p.ptype == "person"), None)
        if person is None:
            break
        if person not in out:
            out.append(person)
        i = stop
        while i < end and (doc[i].text == "," or doc[i].lower_ == "and"):
            i += 1
    return out


def split_by_place(drafts: list[Draft], idx: PartyIndex) -> None:
    """'A spoke to her counterparts from X, B, and from Y, C', 'A spoke with her X and Y counterparts': one
    call with each holder (two countries, two calls), not one call of three."""
    for d in list(drafts):
        verb = d.verb if d.verb is not None else d.trigger
        if d.kind != "call" or len(d.recipients) < 2:
            continue
        listed = [
            named_by_place(idx, g) or idx.counterparts(g)
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("to", "with")
            for g in p.children
            if g.dep_ == "pobj"
        ]
        held = next((x for x in listed if len(x) >= 2 and x == d.recipients), None)
        if held is None:
            continue
        d.recipients = held[:1]
        d.distinct = True
        at = drafts.index(d)
        for n, other in enumerate(held[1:], start=1):
            twin = Draft(d.kind, d.trigger, d.sender, [other], sentences=list(d.sentences), verb=d.verb)
            twin.distinct = True
            drafts.insert(at + n, twin)
