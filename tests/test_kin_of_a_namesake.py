"""'Adams's son John Quincy Adams': a person named as another's kin is a party of their own, though every
word of the other's name is in theirs; 'Adams' and 'John Adams' afterwards are still the first person."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("kin", "name"),
    [("son", "John Quincy Adams"), ("daughter", "Abigail Rose Adams"), ("nephew", "John Henry Adams")],
)
def test_the_kin_is_another_person(kin: str, name: str) -> None:
    got = found_acts(
        "In 1812 John Adams wrote to his old friend Thomas Jefferson.",
        f"The parcel contained a work by Adams's {kin} {name} on rhetoric.",
        "Jefferson replied to Adams on 21 January.",
    )
    assert got == [
        ("letter", "John Adams", ("Thomas Jefferson",)),
        ("letter", "Thomas Jefferson", ("John Adams",)),
    ], got


def test_the_register_keeps_the_kin_apart() -> None:
    from lettertrace.models import PartyMention
    from lettertrace.resolve import Member, resolve_entities

    members = [
        Member("a.txt", PartyMention("John Adams", "person")),
        Member("a.txt", PartyMention("John Quincy Adams", "person", role="son of John Adams")),
    ]
    entities, mapping = resolve_entities(members)
    assert len(entities) == 2
    assert mapping[("a.txt", "John Adams")] != mapping[("a.txt", "John Quincy Adams")]
