"""Nouns that stand for a count or a group of others: 'a series of letters' (the letters), 'Associations
of survivors' (no one named)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import noun_kind
from .syntax import GREETING_NOUNS, SERIES_NOUNS


def counted_comm(tok: Token) -> Token | None:
    """The communication noun ``tok`` is, or counts ("a series of letters": 'letters'), else None."""
    if noun_kind(tok) is not None:
        return tok
    if tok.lemma_.lower() not in SERIES_NOUNS:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return (
        next((g for g in of.children if g.dep_ == "pobj" and noun_kind(g) is not None), None) if of else None
    )


def described_plural(tok: Token) -> bool:
    """'Associations of survivors ...', 'Unions of miners and dockers ...': a plural common noun opening the
    sentence, capitalised there only, that a lower-case 'of' phrase describes; no name of anyone."""
    nxt = tok.doc[tok.i + 1 : tok.i + 3]
    return (
        bool(tok.is_sent_start)
        and tok.tag_ in ("NNS", "NNPS")
        and len(nxt) == 2
        and nxt[0].lower_ == "of"
        and nxt[1].text[:1].islower()
        and nxt[1].pos_ in ("NOUN", "ADJ")
    )


def greeting_of(prep: Token) -> Token:
    """'the message of congratulations of B': past the greetings a message 'of' names, the 'of' of its sender
    (else ``prep`` itself)."""
    inner = [
        o
        for g in prep.children
        if g.dep_ == "pobj" and g.lemma_.lower().rstrip("s") in GREETING_NOUNS
        for o in g.children
        if o.dep_ == "prep" and o.lower_ == "of"
    ]
    return inner[0] if inner else prep
