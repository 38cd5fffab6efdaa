"""A person's full name tagged as a body, the surname alone tagged as a person: 'Richard Elton was
replying to a letter Marcus Hall sent him ... Mr Hall responded' (spaCy reads "Marcus Hall" ORG, "Hall"
PERSON). The body is that person, so "Mr Hall" and "Marcus Hall" are one party (folded by the index's
single names)."""

from __future__ import annotations

from .. import names
from .mentions import Party

# Last words that make a name a body's, not a person's ("Marcus Hall" is a person; "Grosvenor House" not).
BODY_ENDS = frozenset(
    "ministry department office council committee party bank union agency company group association house"
    " assembly court commission authority institute university foundation trust society fund network forum"
    " club league government embassy times news post press tribune herald radio television".split()
)


def persons_tagged_as_bodies(parties: list[Party]) -> list[Party]:
    """The bodies whose name is a given name and a surname that a one-word person of the report bears
    become persons (the list is changed in place); they are returned."""
    live = [p for k, p in enumerate(parties) if p.key == k]
    out = []
    for q in live:
        words = q.name.split()
        if q.ptype != "org" or not 2 <= len(words) <= 3 or q.roles:
            continue
        if not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in words):
            continue
        if words[-1].lower() in BODY_ENDS or names.fold(words[0]).lower() in names.title_words():
            continue
        if names.states_named(q.name):
            continue  # "Bhutan Kinley Tshering": a state's word glued to the name, not a given name
        surname = names.fold(words[-1]).lower()
        bearers = [p for p in live if p.ptype == "person" and surname in names.fold(p.name).lower().split()]
        if len(bearers) == 1 and len(bearers[0].name.split()) == 1:
            q.ptype = "person"
            out.append(q)
    return out
