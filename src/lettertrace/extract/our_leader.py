"""'the head of our state', 'our President', 'the leader of our country': an outlet of a state speaks of
that state's own leader in the first person plural. Outside a quotation (where 'our' is the speaker's),
that is the first head of state or government the report names: a state's press names its own leader
first. None where the report names no one with such an office before."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from .mentions import LEADER_OFFICES, Party
from .quotescan import quote_spans

_STATE_WORDS = frozenset({"state", "country", "nation", "republic"})
_HEADS = frozenset({"head", "leader"})
_OFFICES = frozenset({"president", "leader", "premier", "king", "queen", "emir", "amir", "sultan"})
_LEADER_ROLES = LEADER_OFFICES | {"premier"}  # the offices of heads of state and government


def ours(tok: Token) -> bool:
    """``tok`` heads 'the head of our state' or 'our President', outside quotation marks."""
    word = tok.lemma_.lower()
    if word in _HEADS:
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        mine = any(g.lemma_.lower() in _STATE_WORDS and _our(g) for g in of)
    else:
        mine = word in _OFFICES and _our(tok)
    return mine and not any(q.start <= tok.idx < q.end for q in quote_spans(tok.doc))


def _our(tok: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in tok.children)


def our_leader(tok: Token, people: Iterable[Party]) -> Party | None:
    """The first head of state or government named before ``tok`` when ``tok`` is :func:`ours`."""
    if not ours(tok):
        return None
    leaders = [
        p
        for p in people
        if p.ptype == "person"
        and p.first < tok.i
        and any(w in _LEADER_ROLES for r in p.roles for w in r.lower().replace("-", " ").split())
    ]
    return min(leaders, key=lambda p: p.first) if leaders else None
