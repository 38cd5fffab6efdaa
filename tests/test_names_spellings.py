"""One person's name in two romanizations or in either order is one person (invented names)."""

from __future__ import annotations

import pytest

from lettertrace.models import PartyMention
from lettertrace.resolve import Member, resolve_entities, same_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Yelena Karpova", "Elena Karpova"),  # an initial 'y' before 'e'
        ("Yevgeny Sorokin", "Evgeny Sorokin"),
        ("Somchith Vongsavanh", "Somchit Vongsavan"),  # 'th' and a final 'h' after a consonant
        ("Bounthanh Keola", "Bountan Keola"),
        ("Arthur Mensah", "Artur Mensah"),
    ],
)
def test_one_person_in_two_spellings_or_orders(a: str, b: str) -> None:
    assert same_name(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Elena Karpova", "Olena Karpenko"),
        ("Somchith Vongsavanh", "Somsak Vongsavanh"),
        ("Sato Haruki", "Haruki Suzuki"),
        ("Kim Jong Un", "Kim Jong Il"),
        ("Sato Haruki", "Haruki Sato"),  # in either order: one person only across reports (below)
    ],
)
def test_other_people_stay_apart(a: str, b: str) -> None:
    assert not same_name(a, b)


def _entities(*members: tuple[str, str]) -> list[set[str]]:
    found, _ = resolve_entities([Member(report, PartyMention(name)) for report, name in members])
    return [{a for a, _, _ in e.aliases} | {e.name} for e in found]


def test_a_name_in_either_order_across_reports_is_one_person() -> None:
    ents = _entities(("a.txt", "Sato Haruki"), ("b.txt", "Haruki Sato"))
    assert any({"Sato Haruki", "Haruki Sato"} <= e for e in ents)


def test_two_names_in_either_order_in_one_report_are_two_people() -> None:
    ents = _entities(("a.txt", "Ali Hassan"), ("a.txt", "Hassan Ali"), ("b.txt", "Hassan Ali"))
    assert not any({"Ali Hassan", "Hassan Ali"} <= e for e in ents)


def test_two_people_named_in_either_order_write_to_each_other() -> None:
    from test_extract import report, run

    rep = run(report("Interior Minister Ali Hassan wrote to Speaker Hassan Ali on Monday to demand a vote."))
    assert [(c.sender.name, [r.name for r in c.recipients]) for c in rep.extraction.communications] == [
        ("Ali Hassan", ["Hassan Ali"])
    ]
