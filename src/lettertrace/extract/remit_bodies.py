"""'The foreign ministry sent a letter to B', 'the election commission wrote to A', 'the audit board
replied': a body written in lower case and named by its remit (a common noun or an adjective of a field
before the head word of an institution) is an organisation of the report: the one named before whose name
holds the remit and the head ("the Norland Foreign Ministry"), or else one named by the phrase itself
("foreign ministry"). Not 'the new committee', 'the same office', 'the ruling party': words that say which
body, not what it is for, name none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .. import names
from ..names import org_key

if TYPE_CHECKING:
    from .coref import InReportResolution
    from .mentions import Party

# Head words of bodies a remit names ("the law ministry", "the ethics committee", "the audit board").
REMIT_HEADS = frozenset(
    {"ministry", "commission", "committee", "department", "council", "court", "agency", "board", "office"}
    | {"secretariat", "bureau", "embassy", "consulate"}
)  # ("office" only for a body named before: "the box office", "the home office" name none by a remit)
# Words before a body's head word that say which body, not what it is for.
_WHICH = frozenset(
    {
        "new",
        "same",
        "other",
        "relevant",
        "respective",
        "former",
        "current",
        "previous",
        "next",
        "said",
        "whole",
    }
    | {
        "entire",
        "own",
        "first",
        "second",
        "last",
        "special",
        "joint",
        "main",
        "certain",
        "various",
        "several",
    }
    | {"local", "national", "federal", "central", "regional", "state", "top", "high", "highest", "full", "ad"}
)


def remit_words(tok: Token) -> list[str] | None:
    """The remit of a lower-case body ('the foreign ministry': ['foreign']), or None."""
    if tok.lemma_.lower() not in REMIT_HEADS or tok.tag_ != "NN" or not tok.text.islower():
        return None
    lefts = list(tok.lefts)
    if len(lefts) not in (2, 3) or lefts[0].lower_ != "the" or lefts[0].dep_ != "det":
        return None
    mods = lefts[1:]
    if any(
        m.dep_ not in ("compound", "amod")
        or m.pos_ not in ("NOUN", "ADJ")
        or not m.text.isalpha()
        or not m.text.islower()
        or m.lower_ in _WHICH
        for m in mods
    ):
        return None
    return [m.lower_ for m in mods]


def remit_body(idx: InReportResolution, tok: Token) -> Party | None:
    """The organisation a lower-case body named by its remit is (see the module's docstring)."""
    words = remit_words(tok)
    if words is None:
        return None
    wanted = {*words, tok.lower_}
    named = [
        p for p in idx.live() if p.ptype == "org" and p.first < tok.i and wanted <= set(names.tokens(p.name))
    ]
    if len(named) == 1:
        return named[0]
    if len(named) > 1 or tok.lemma_.lower() == "office":
        return None  # "the X Foreign Ministry and the Y Foreign Ministry ... the foreign ministry": which?
    np = " ".join([*words, tok.lower_])
    for p in idx.live():
        if p.ptype == "org" and org_key(p.name) == org_key(np):
            return p
    p = idx._new(np, "org", tok.i)
    p.add_surface(np)
    return p
