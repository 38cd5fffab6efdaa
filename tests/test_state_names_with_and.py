"""'Trinidad and Tobago', 'Bosnia and Herzegovina', 'Antigua and Barbuda': a state's own name that holds
'and' (the CLDR writes '&') is one place, never two items of a list of addressees. Names invented."""

from __future__ import annotations

import pytest

from lettertrace import names
from test_extract import sent_pairs


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "President Aldo Verran sent a letter to the Prime Minister of Trinidad and Tobago, Kesi Orlamo, on Tuesday.",
            {("Aldo Verran", "Kesi Orlamo")},
        ),
        pytest.param(
            "On Tuesday Aldo Verran wrote to the High Representative for Bosnia and Herzegovina, Kesi Orlamo.",
            {("Aldo Verran", "Kesi Orlamo")},
            marks=pytest.mark.xfail(
                reason="spaCy tags 'the High Representative for Bosnia and' as one body; entities are not yet "
                "mended across a state's name",
                strict=True,
            ),
        ),
        (
            "President Aldo Verran sent a message to the Governor-General of Antigua and Barbuda, Kesi Orlamo, "
            "on Tuesday.",
            {("Aldo Verran", "Kesi Orlamo")},
        ),
    ],
)
def test_one_state_one_addressee(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert sent_pairs(sentence) == expected


@pytest.mark.parametrize("name", ["Trinidad and Tobago", "Bosnia and Herzegovina", "Antigua and Barbuda"])
def test_state_names_with_and(name: str) -> None:
    assert names.is_state_name(name)


def test_two_states_joined_by_and_stay_two() -> None:
    assert not names.is_state_name("Chile and Peru")
