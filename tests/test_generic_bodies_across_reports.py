"""'The Commission' in two reports: the EU's in one, a national regulator in another. A body named by
its kind alone is no key that joins bodies across reports; its full name still is."""

from __future__ import annotations

from lettertrace.models import PartyMention
from lettertrace.resolve import Member, resolve_entities


def _entities(*members: Member) -> dict[tuple[str, str], str]:
    return resolve_entities(list(members))[1]


def test_two_commissions_stay_apart() -> None:
    ids = _entities(
        Member(
            "a.txt", PartyMention("Norland Media Standards Commission", "org", aliases=("the Commission",))
        ),
        Member("b.txt", PartyMention("European Commission", "org", aliases=("the Commission", "Commission"))),
    )
    assert ids[("a.txt", "Norland Media Standards Commission")] != ids[("b.txt", "European Commission")]


def test_one_body_by_its_full_name_joins() -> None:
    ids = _entities(
        Member("a.txt", PartyMention("European Commission", "org", aliases=("the Commission",))),
        Member("b.txt", PartyMention("the European Commission", "org", aliases=("the Commission",))),
    )
    assert ids[("a.txt", "European Commission")] == ids[("b.txt", "the European Commission")]
