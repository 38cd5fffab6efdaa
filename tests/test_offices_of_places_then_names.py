"""'letters to the foreign ministers of X and Y, A and B': the names listed after the places hold the
offices; no office of a person ('foreign minister of A') nor of a place beside them is an addressee.
Invented people and places."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Secretary-General Maria Lund sent letters on 1 March to the foreign ministers of Borenia and Aldavia,"
        " Oleg Rudin and Nguyen Van Thanh, urging restraint.",
        "On 1 March, Secretary-General Maria Lund wrote to the foreign ministers of Borenia and Aldavia,"
        " Oleg Rudin and Nguyen Van Thanh, urging restraint.",  # one letter to a plural office: its holders
    ],
)
def test_the_names_after_the_places_are_the_addressees(sentence: str) -> None:
    acts = found_acts(sentence)
    addressed = sorted(name for _k, s, r in acts if s == "Maria Lund" for name in r)
    assert addressed == ["Nguyen Van Thanh", "Oleg Rudin"]


def test_without_names_the_offices_are_addressed() -> None:
    acts = found_acts(
        "Secretary-General Maria Lund sent letters on 1 March to the foreign ministers of Borenia and Aldavia,"
        " urging restraint."
    )
    assert sorted(r for _k, _s, r in acts) == [
        ("foreign minister of Aldavia",),
        ("foreign minister of Borenia",),
    ]
