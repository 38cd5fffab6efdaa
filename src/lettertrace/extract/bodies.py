"""A body named again by its head noun alone: "the council" after "the Security Council", "the president
of the commission" after "the European Commission". English writes the short form only where the reader
knows which body it is: the one body of that kind the report has named before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .. import names
from ..nlp import sent_of

if TYPE_CHECKING:
    from .index import PartyIndex
    from .mentions import Party


def body_named_before(parties: list[Party], noun: str, before: int) -> Party | None:
    """The one organisation named before token ``before`` whose name has ``noun`` as a word ("council" ->
    "Security Council"), if exactly one has."""
    word = names.fold(noun).lower()
    hits = {
        p.key: p
        for p in parties
        if p.ptype == "org"
        and p.first < before
        and word in names.tokens(p.name)
        and len(names.tokens(p.name)) > 1
    }
    return next(iter(hits.values())) if len(hits) == 1 else None


def body_headed_by(parties: list[Party], tok: Token) -> Party | None:
    """'the forum': the one organisation named before ``tok`` whose name (or a form of it) is headed by the
    noun, unless the noun's own sentence uses it again ("attending an economic forum ... wrote to the
    forum")."""
    if any(t.lower_ == tok.lower_ and t.i != tok.i for t in tok.sent):
        return None
    bodies = {
        p.key: p
        for p in parties
        if p.ptype == "org"
        and p.first < tok.i
        and any(len(f.split()) > 1 and _name_head(f) == tok.lower_ for f in [p.name, *p.surfaces])
    }
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _name_head(name: str) -> str:
    """The noun a body's name is headed by: its last word, or the word before its first 'of' or 'for'
    ("Forum" of "Norland Rights Forum", "Coalition" of "Coalition for Democratic Renewal")."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for") and i), len(words))
    return words[cut - 1] if cut else ""


def no_party_of_people(ent: Span) -> bool:
    """A people's word that names no party: a nationality before a noun ("the Malaysian prime minister"),
    one the CLDR knows as such, a language ("written in French", "translated into English"), or one member
    of a group set beside a person ("Sen. A, a California Democrat,", "the ranking Democrat, Rep. B,")."""
    root = ent.root
    language = root.dep_ == "pobj" and root.head.lower_ in ("in", "into")
    named = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    member = root.tag_ == "NNP" and (
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)
        or any(t.ent_type_ == "PERSON" for t in named)  # "the subcommittee's ranking Democrat, Rep. C,"
    )
    return (
        root.pos_ == "ADJ"
        or root.dep_ in ("amod", "compound")
        or names.is_demonym(ent.text)
        or language
        or member
    )


def fold_short_names(idx: PartyIndex) -> None:
    """A one-word party that another's name gives in short: a 'person' an organisation gives as its bracketed
    short name ("... Residents (Abc)" then "Abc said"), and a one-word body that is the last word of exactly
    one longer body's name ("the Assembly" beside "the State House of Assembly", "the Commission" beside
    "the European Commission"; "the Council" beside two councils stays apart)."""
    for p in idx.live():
        if idx.parties[p.key] is not p:
            continue
        if len(p.name.split()) != 1:
            _fold_into_of(idx, p)  # "the Ministry of Foreign Affairs" beside "... of the Republic of X"
            continue
        spelt = [q for q in idx.live() if q.ptype == "org" and q is not p and acronym_of(p.name, q.name)]
        if len(spelt) == 1:  # "the FDA" after "the U.S. Food and Drug Administration"
            for s in p.surfaces:
                spelt[0].add_surface(s)
            idx._fold_into(p, spelt[0])
            continue
        if p.ptype == "person":
            org = next((q for q in idx.live() if q.ptype == "org" and p.name in q.surfaces), None)
            if org is not None:
                idx._fold_into(p, org)
            continue
        word = names.fold(p.name).lower()
        longer = [
            q
            for q in idx.live()
            if q.ptype == "org"
            and q is not p
            and len(names.tokens(q.name)) > 1
            and names.tokens(q.name)[-1] == word
        ]
        if p.ptype == "org" and len(longer) == 1:
            for s in p.surfaces:
                longer[0].add_surface(s)
            idx._fold_into(p, longer[0])


def _fold_into_of(idx: PartyIndex, p: Party) -> None:
    """A body's name that is the start of exactly one longer body's name, which goes on with 'of' and a state
    ("the Ministry of Foreign Affairs" beside "the Ministry of Foreign Affairs of the Republic of X"): the
    same body, named in short (beside two such longer names it stays apart, and so it does where one
    sentence names both: the report's own ministry and X's)."""
    if p.ptype != "org":
        return
    short = names.tokens(p.name)
    longer = [
        q
        for q in idx.live()
        if q.ptype == "org" and q is not p and names.tokens(q.name)[: len(short) + 1] == [*short, "of"]
    ]
    if len(longer) != 1 or not names.states_named(longer[0].name.split(" of ", 1)[-1]):
        return
    own = {sent_of(idx.doc[i]).start for i, k, _ in idx.mentions if k == p.key}
    if own & {sent_of(idx.doc[i]).start for i, k, _ in idx.mentions if k == longer[0].key}:
        return  # "The Ministry of Foreign Affairs sent a note to the Ministry of Foreign Affairs of X": two
    for s in p.surfaces:
        longer[0].add_surface(s)
    idx._fold_into(p, longer[0])


_SMALL = frozenset({"and", "of", "the", "for", "on", "in", "de", "du", "des", "la", "le", "&"})


def acronym_of(short: str, name: str) -> bool:
    """``short`` is written in capitals and spells the initials of ``name``'s words, or of its words after a
    place ("FDA" for "the U.S. Food and Drug Administration", "ECB" for "European Central Bank")."""
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _SMALL and w[:1].isalpha()]
    initials = "".join(w[0] for w in words).upper()
    return len(words) >= 2 and any(initials[i:] == short for i in range(min(2, len(initials))))
