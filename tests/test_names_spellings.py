"""One person's name in two romanizations or in either order is one person (invented names)."""

from __future__ import annotations

import pytest

from lettertrace.resolve import same_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Yelena Karpova", "Elena Karpova"),  # an initial 'y' before 'e'
        ("Yevgeny Sorokin", "Evgeny Sorokin"),
        ("Somchith Vongsavanh", "Somchit Vongsavan"),  # 'th' and a final 'h' after a consonant
        ("Bounthanh Keola", "Bountan Keola"),
        ("Arthur Mensah", "Artur Mensah"),
        ("Sato Haruki", "Haruki Sato"),  # family name first and last
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
        ("Sato Haruki Kenji", "Kenji Haruki Sato"),  # three names reversed: not the order-swap of two
    ],
)
def test_other_people_stay_apart(a: str, b: str) -> None:
    assert not same_name(a, b)
