"""A person a report names in full joins a well-known actor of the alias file by a name, never by an
office or description alone: the report's person may hold that office in another time or story."""

from __future__ import annotations

import pytest

from lettertrace.models import PartyMention
from lettertrace.resolve import Member, resolve_entities


def _entity(party: PartyMention) -> tuple[str, str | None]:
    entities, mapping = resolve_entities([Member("r.txt", party)])
    ent = next(e for e in entities if e.id == mapping[("r.txt", party.name)])
    return ent.name, ent.wikidata


@pytest.mark.parametrize(
    "party",
    [
        PartyMention(
            "Omar Tavani", aliases=("the Leader of the Islamic Revolution in Iran", "Iran's Leader")
        ),
        PartyMention("Karim Nasser", aliases=("Hamas chief", "the movement's leader")),
        PartyMention("Luca Bernardi", aliases=("the Holy Father",)),
        PartyMention("Ayatollah Omar Tavani", aliases=("Supreme Leader of Iran",)),
    ],
)
def test_an_office_alias_does_not_make_a_named_person_a_known_actor(party: PartyMention) -> None:
    name, wikidata = _entity(party)
    assert wikidata is None
    assert name.endswith(party.name.split()[-1])


@pytest.mark.parametrize(
    ("party", "actor"),
    [
        (PartyMention("Ali Khamenei", aliases=("the Leader",)), "Ali Khamenei"),
        (PartyMention("Ismail Haniya", aliases=("Hamas chief",)), "Ismail Haniyeh"),
        (PartyMention("Jorge Mario Bergoglio"), "Pope Francis"),
        (
            PartyMention("Leader of the Islamic Revolution", role="Leader of the Islamic Revolution"),
            "Ali Khamenei",
        ),
    ],
)
def test_a_name_or_an_office_alone_still_finds_the_actor(party: PartyMention, actor: str) -> None:
    assert _entity(party)[0] == actor
