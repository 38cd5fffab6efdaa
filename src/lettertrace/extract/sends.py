"""Verbs that send a letter only in some constructions ('fired off a letter', 'published an open letter',
'released a letter addressed to B'): whoever does them to a letter is its writer."""

from __future__ import annotations

from spacy.tokens import Token


def sends(verb: Token, noun: Token) -> bool:
    """Verbs that send only in a construction: 'fired off / dashed off a letter', 'left a letter for B',
    'dictated a letter' and 'published an open letter' (whoever publishes an open letter is its author; a
    paper printing someone's letter names its writer with 'from'), 'released a letter addressed to B'."""
    lem = verb.lemma_.lower()
    if lem in ("fire", "dash", "shoot", "rattle") and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
    ):
        return True
    if lem == "dictate":  # "the letter he dictated": its author, though a scribe wrote it down
        return True
    if lem in ("scrawl", "scribble"):  # "the letter A scrawled to B" (not one scrawled on a wall)
        return noun.lemma_.lower() == "letter" and not any(
            c.dep_ == "prep" and c.lower_ in ("on", "across", "onto") and _on_a_surface(c)
            for c in (*verb.children, *noun.children)
        )
    if lem == "leave":  # "A left a letter for B": left to be found ("left his letters to the library": no)
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in (*verb.children, *noun.children))
    if lem not in ("publish", "release", "pen"):
        return False
    if any(c.dep_ == "amod" and c.lower_ == "open" for c in noun.children):
        return True
    # "A released a letter (addressed) to B": its writer makes it known, unless the noun names another
    # ("released a letter from C to B", "released C's letter to B")
    own = not any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("from", "by", "of") for c in noun.children
    )
    to = [
        c for c in (*noun.children, *verb.children) if c.dep_ in ("prep", "dative") and c.lower_ == "to"
    ] + [
        g
        for c in noun.children
        if c.dep_ == "acl" and c.lemma_.lower() == "address"
        for g in c.children
        if g.dep_ == "prep" and g.lower_ == "to"
    ]
    return own and bool(to)


def _on_a_surface(prep: Token) -> bool:
    """'on the wall', 'across the pavement': a thing written on (not 'on Monday')."""
    return any(g.pos_ == "NOUN" and not g.ent_type_ for g in prep.children)
