"""'A sent a letter to B and another to C': a word standing for the noun just used ("another", "a second
one", "one") with a party of its own is a second act, not a second party of the first. Every sentence here
is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Chancellor Hal Moro told reporters he had written a letter to the King of Sylvania, Olaf II, in May and "
        "another to Pope Anselm.",
        "President Hal Moro wrote one letter to King Olaf and another to Pope Anselm on Monday.",
        "President Hal Moro sent a message to King Olaf on Monday and a second one to Pope Anselm.",
    ],
)
def test_another_to_a_second_party_is_a_second_act(sentence: str) -> None:
    acts = found_acts(sentence)
    assert len(acts) == 2, acts
    assert {a[1] for a in acts} == {"Hal Moro"}
    assert sorted(a[2][0].split()[0] for a in acts) == ["Anselm", "Olaf"], acts  # "Olaf" or "Olaf II"


def test_another_from_a_second_party_is_a_second_act() -> None:
    acts = found_acts(
        "President Hal Moro received a letter from King Olaf and another from Pope Anselm on Monday."
    )
    assert sorted(a[1] for a in acts) == ["Anselm", "Olaf"], acts
    assert {a[2] for a in acts} == {("Hal Moro",)}


@pytest.mark.parametrize(
    "sentence",
    [
        "President Hal Moro sent a letter to King Olaf and Pope Anselm on Monday.",  # one letter to both
        "President Hal Moro wrote to one another with Pope Anselm for years.",
        "President Hal Moro sent a letter to King Olaf, one of the oldest monarchs, on Monday.",
    ],
)
def test_one_act_stays_one(sentence: str) -> None:
    assert len(found_acts(sentence)) <= 1, found_acts(sentence)
