"""The other side of an act a description stands on: "talks between the Chancellor and President B", "the
Chancellor phoned B". A description written as one side of an act with a named person is never that
person, anywhere in the report (English names the same person twice in one act only with "himself")."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from .mentions import Party, _head_word, _np_text


class _Parties(Protocol):
    parties: list[Party]
    tok2party: dict[int, int]

    def party_at(self, tok: Token) -> Party | None: ...


_PARTNER_PREPS = frozenset({"with", "to", "and"})
# Forms of address that stand for whoever holds the role named beside them (used by coref too).
HONORIFIC_HEADS = frozenset({"highness", "majesty", "excellency", "holiness", "eminence"})
# The same written short in capitals ("HM the King", "HRH the Crown Prince", "H.E. the President").
ABBREVIATED_ADDRESS = frozenset({"HM", "HRH", "HE", "HH"})


def _other_sides(tok: Token) -> list[Token]:
    """Tokens of the phrases written as the other side of ``tok``'s act in its sentence."""
    out = [*tok.conjuncts]
    agent = tok.dep_ == "pobj" and tok.head.dep_ == "agent"  # "a message was sent to B by the President"
    if tok.dep_ in ("nsubj", "nsubjpass") or agent:
        verb = tok.head.head if agent else tok.head
        for c in verb.children:
            if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN"):
                out.append(c)
            if c.dep_ in ("prep", "dative") and c.lower_ in _PARTNER_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj":
                        out.extend([g, *g.conjuncts])
            if c.dep_ == "dobj":  # "had a long call with B"
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "with":
                        out.extend(g for g in p.children if g.dep_ == "pobj")
    return [t for t in out if t.i != tok.i]


def partners_of(doc: Doc, tok2party: dict[int, int], tok: Token) -> frozenset[int]:
    """Keys of the parties written as the other side of an act of any phrase of the report that reads as
    the description ``tok`` heads."""
    cache = doc.user_data.setdefault("lettertrace_partners", {})
    key = _own_phrase(tok)
    if key not in cache:
        head = _head_word(tok)
        keys: set[int] = set()
        for t in doc if head not in HONORIFIC_HEADS else ():  # "His Highness" is said of many in one report
            if t.pos_ not in ("NOUN", "PROPN") or _head_word(t) != head or _own_phrase(t) != key:
                continue
            listed = {x.i for c in t.conjuncts for x in c.subtree}  # "the President and B": B is another
            if any(x.i in tok2party and x.i not in listed and x.i > t.i for x in t.subtree):
                continue  # "the President, B,": a name, not the bare description ("the Norland President" is)
            keys.update(k for o in _other_sides(t) if (k := tok2party.get(o.i)) is not None)
        cache[key] = frozenset(keys)
    return cache[key]  # type: ignore[no-any-return]


def _own_phrase(tok: Token) -> str:
    """The phrase ``tok`` heads without the phrases listed with it ("the Chancellor" of "the Chancellor and
    Chancellor B"), lower case, without its article."""
    listed = {x.i for c in tok.conjuncts for x in c.subtree} | {c.i for c in tok.children if c.dep_ == "cc"}
    listed |= {  # "the President on 3 May sent ...": a date spaCy hangs on the phrase is none of its words
        x.i
        for c in tok.rights
        if all(y.ent_type_ in ("DATE", "TIME") or y.pos_ == "ADP" for y in c.subtree)
        for x in c.subtree
    }
    words = [x.text for x in tok.subtree if x.i not in listed and not (x.is_punct and x.i > tok.i)]
    return " ".join(words).lower().removeprefix("the ")


def named_before_and(tok: Token, idx: _Parties) -> list[Party]:
    """'Rojas and Ecuadorian President B held talks', 'HH the Amir and President B discussed': spaCy reads
    the name (or office) before 'and' as a modifier inside B's phrase. The party the words that open
    ``tok``'s phrase right before an 'and' name, when that is a person other than the one ``tok`` names."""
    doc = tok.doc
    if tok.dep_ == "pobj":
        return []  # "Unlike A and Xian President B, C has spoken with D": not the act's side
    start = tok.left_edge.i
    while start < tok.i and (doc[start].lower_ == "the" or doc[start].text.isupper() and doc[start].is_alpha):
        start += 1  # "the", "HH"
    j = next((k for k in range(start + 1, tok.i) if doc[k].lower_ == "and"), None)
    if j is None or any(doc[k].dep_ not in ("amod", "compound", "nmod", "preconj") for k in range(start, j)):
        return []
    p = idx.party_at(doc[j - 1])
    own = idx.tok2party.get(tok.i)
    if p is None or p.ptype != "person" or own is not None and idx.parties[own] is p:
        return []
    return [p]


def told_beside(tok2party: dict[int, int], tok: Token) -> set[int]:
    """The parties named as the other side of the act whose subject is ``tok`` (its object, or those it is
    with or to), not the offices listed with it ("Crown Prince and Prime Minister")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    listed = {c.i for c in tok.conjuncts}
    return {k for o in _other_sides(tok) if o.i not in listed and (k := tok2party.get(o.i)) is not None}


def counterparts_told(tok: Token) -> list[str]:
    """The counterparts of a given nationality ("her Norland counterpart") in the clause whose subject
    ``tok`` is: the subject is not of that nation."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [
        _np_text(t)
        for t in tok.head.subtree
        if t.lemma_.lower() == "counterpart"
        and any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in t.children)
    ]
