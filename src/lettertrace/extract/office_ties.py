"""Where a person stands in a clause and to what place the report ties them: the clause's verb, and whether a
person is of a given state or place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .. import names
from .office_fit import states_of

if TYPE_CHECKING:
    from .mentions import Party


def clause_of(tok: Token) -> Token:
    """The verb of the clause ``tok`` stands in (the root, when the sentence has none)."""
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return clause


def tied_to(p: Party, place: str) -> bool:
    """The report ties person ``p`` to ``place`` in a form other than his name ("X's Prime Minister A",
    "President A of X", "the Xian leader")."""
    if states := names.states_named(place):
        return bool(states & states_of(p))
    return any(place in f.replace(p.name, " ") for f in [*p.surfaces, *p.roles])
