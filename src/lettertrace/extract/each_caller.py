"""'A and C, in separate phone calls to B, reaffirmed ...', 'A and C in a separate call with B said ...': a
call noun told as each caller's own ('separate', 'individual', 'respective') in a phrase of a verb with
several subjects is one call from each subject to the party named after the noun's 'to' or 'with' (not a
call between the subjects)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .draft import Draft
from .index import PartyIndex
from .lexicon import blocked, noun_kind
from .mentions import Party
from .syntax import sentence_span

_OWN = frozenset({"separate", "individual", "respective"})
_PHRASE = frozenset({"in", "during", "through", "by", "via", "over"})


def separate_calls(doc: Doc, idx: PartyIndex, drafts: list[Draft]) -> list[Draft]:
    """One call from each subject of a verb to the party its 'in separate calls to B' phrase names."""
    out: list[Draft] = []
    for tok in doc:
        if noun_kind(tok) != "call" or tok.dep_ != "pobj" or tok.head.lower_ not in _PHRASE or blocked(tok):
            continue
        if not any(c.lower_ in _OWN for c in tok.children):
            continue
        callers = _subjects(idx, _verb(tok.head.head))
        called = _named_after(idx, tok)
        if len(callers) < 2 or not called or any(p in callers for p in called):
            continue
        drafts[:] = [
            d for d in drafts if not _between(d, tok, callers + called)
        ]  # not "A called C" of "A and C"
        for caller, other in ((c, o) for c in callers for o in called):
            if any(d.kind == "call" and _sides(d) == {id(caller), id(other)} for d in (*drafts, *out)):
                continue
            d = Draft("call", tok, caller, [other], verb=tok.head.head)
            d.distinct = True
            d.sentences.append(sentence_span(tok))
            out.append(d)
    return out


def _verb(holder: Token) -> Token:
    """The verb of the phrase's holder: the verb itself, or the verb whose subject (or one of them) holds it
    ("A and C in separate calls to B said": the phrase parsed on C)."""
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    return holder.head if holder.dep_ == "nsubj" else holder


def _subjects(idx: PartyIndex, verb: Token) -> list[Party]:
    subj = (
        next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ in ("VERB", "AUX") else None
    )
    found = [idx.party_at(t) for t in (subj, *subj.conjuncts)] if subj is not None else []
    return [p for n, p in enumerate(found) if p is not None and p not in found[:n]]


def _named_after(idx: PartyIndex, noun: Token) -> list[Party]:
    """The parties after the noun's 'to' or 'with' ("to B and C": each)."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "with")), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    found = [idx.party_at(t) for t in (pobj, *pobj.conjuncts)] if pobj is not None else []
    return [p for n, p in enumerate(found) if p is not None and p not in found[:n]]


def _between(d: Draft, noun: Token, callers: list[Party]) -> bool:
    return d.kind == "call" and d.trigger.i == noun.i and _sides(d) <= {id(p) for p in callers}


def _sides(d: Draft) -> set[int]:
    """The parties of a call, by identity (a call has no direction)."""
    return {id(p) for p in (d.sender, *d.recipients) if p is not None}
