"""'A sent a message to B on Monday, as did C' / 'A wrote to B, and so did C': a clause of 'did' after 'as' or
'so' with a subject of its own tells that its subject did the same act: one more act of the same kind to
the same addressees from each party it names."""

from __future__ import annotations

from spacy.tokens import Token

from .draft import Draft
from .index import PartyIndex
from .mentions import ROLE_HEADS, _head_word


def _did_likewise(verb: Token) -> list[Token]:
    """The subjects of the 'as did C' / 'so did C' clauses hung on ``verb``."""
    out: list[Token] = []
    for c in verb.children:
        if c.lemma_.lower() != "do" or c.i < verb.i or c.dep_ not in ("advcl", "conj"):
            continue
        marked = any(m.lower_ == "as" and m.dep_ == "mark" for m in c.children) or any(
            m.lower_ == "so" and m.i < c.i for m in c.children
        )
        subjects = [t for s in c.children if s.dep_ == "nsubj" and s.i > c.i for t in (s, *s.conjuncts)]
        named = all(t.pos_ == "PROPN" or _head_word(t) in ROLE_HEADS for t in subjects)  # not "that evening"
        if marked and subjects and named and _nothing_else(c, subjects):
            out += subjects
    return out


def _nothing_else(did: Token, subjects: list[Token]) -> bool:
    """The 'did' clause says nothing but who: no object, time, place or addressee of its own ("as did C on
    Tuesday", "so did C to the Speaker", "as did the talks ... the agenda" tell another act or none)."""
    said = {did.i}
    for s in subjects:
        said |= {
            t.i for t in s.subtree if t.dep_ in ("compound", "flat", "det", "poss", "case", "amod", "cc")
        }
        said |= {t.i for a in s.children if a.dep_ == "appos" for t in a.subtree}  # "C, a Socialist"
        said.add(s.i)
    return all(t.i in said or t.is_punct or t.dep_ in ("mark", "cc") or t.lower_ == "so" for t in did.subtree)


def add_did_likewise(idx: PartyIndex, drafts: list[Draft]) -> None:
    """Give each party of an 'as did C' clause after an act the same act of its own."""
    done: set[int] = set()
    for d in list(drafts):
        if d.sender is None or not d.recipients or d.verb is None or d.trigger.i in done:
            continue
        if _pair_exchanged(idx, drafts, d):
            done.add(d.trigger.i)
            continue
        for tok in _did_likewise(d.verb):
            p = idx.party_at(tok)
            if (
                p is None
                or p is d.sender
                or p in d.recipients
                or p.ptype == "state"
                and d.sender.ptype == "person"
            ):
                continue
            twin = Draft(d.kind, d.trigger, p, list(d.recipients), sentences=list(d.sentences), verb=d.verb)
            twin.distinct = d.distinct = True
            drafts.insert(drafts.index(d) + 1, twin)


def _pair_exchanged(idx: PartyIndex, drafts: list[Draft], d: Draft) -> bool:
    """'A and B exchanged messages, as did C and D': when ``d`` is one side of an exchange (the other side
    told by the same word) and its 'as did' clause names a pair, the pair exchanged messages too, one to
    the other, not each to A or B."""
    other = next(
        (
            e
            for e in drafts
            if e is not d
            and e.trigger.i == d.trigger.i
            and e.sender in d.recipients
            and d.sender in e.recipients
        ),
        None,
    )
    if other is None or d.verb is None:
        return False
    pair = [idx.party_at(t) for t in _did_likewise(d.verb)]
    if len(pair) != 2 or pair[0] is None or pair[1] is None or pair[0] is pair[1]:
        return False
    at = drafts.index(other if drafts.index(other) > drafts.index(d) else d) + 1
    for a, b in ((pair[0], pair[1]), (pair[1], pair[0])):
        twin = Draft(d.kind, d.trigger, a, [b], sentences=list(d.sentences), verb=d.verb)
        twin.distinct = True
        drafts.insert(at, twin)
        at += 1
    d.distinct = other.distinct = True
    return True
