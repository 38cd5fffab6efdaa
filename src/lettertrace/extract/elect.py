"""'The president-elect' where the report calls no one so: the one it tells won, was elected or was sworn
in ("A, the winner of the election", "a day after he was sworn in"), if there is exactly one."""

from __future__ import annotations

from spacy.tokens import Token

from .. import names
from .mentions import Party
from .office_fit import states_of

# Words that tell of winning an office (not "election" alone: "who lost the election").
_WON = frozenset({"win", "victory", "winner", "elect", "swear", "inaugurate", "inauguration", "triumph"})


def the_elected(np: str, tok: Token, persons: list[Party], tok2party: dict[int, int]) -> Party | None:
    """The one person of ``persons`` (of the state ``np`` names, if it names one) named last before a word of
    winning in its sentence, never one named in ``tok``'s own sentence (the writer to the president-elect)."""
    doc = tok.doc
    by_key = {p.key: p for p in persons}
    here = {tok2party.get(t.i) for t in tok.sent}
    states = names.states_named(np)
    found: set[int] = set()
    for t in doc:
        if t.lemma_.lower() not in _WON or t.sent == tok.sent:
            continue
        last = next(
            (k for u in reversed(doc[t.sent.start : t.i]) if (k := tok2party.get(u.i)) in by_key), None
        )
        if (
            last is None
            or last in here
            or states
            and states_of(by_key[last])
            and not states & states_of(by_key[last])
        ):
            continue
        found.add(last)
    return by_key[found.pop()] if len(found) == 1 else None
