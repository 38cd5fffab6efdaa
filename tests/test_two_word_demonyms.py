"""'his Sri Lankan counterpart', 'the South African president': the people's word of a state whose name is
two words names that state, and is never a person (spaCy may tag 'Sri Lankan' as one)."""

from __future__ import annotations

import pytest

from lettertrace import names
from test_extract import found_acts


@pytest.mark.parametrize(
    ("word", "code"),
    [("Sri Lankan", "LK"), ("South African", "ZA"), ("North Korean", "KP"), ("Costa Rican", "CR")],
)
def test_two_word_demonyms_name_their_state(word: str, code: str) -> None:
    assert names.is_demonym(word)
    assert names.states_named(f"the {word} president") == {code}


@pytest.mark.parametrize("word", ["Sri Lanka", "South Africa", "Ana Berg"])
def test_names_of_states_and_people_are_no_demonyms(word: str) -> None:
    assert not names.is_demonym(word)


@pytest.mark.parametrize(
    "headline",
    [
        "President Rasheed writes to Sri Lankan counterpart on detained fishermen",
        "Rasheed writes to Sri Lankan president on fishermen",
        "Maldives president writes to Sri Lankan counterpart",
    ],
)
def test_the_counterpart_of_a_two_word_state_is_its_president(headline: str) -> None:
    acts = found_acts(
        "President Ahmed Rasheed has written to Sri Lanka's President Ranjith Wickramasuriya requesting the "
        "release of 12 fishermen, his office said on Wednesday.",
        headline=headline,
    )
    assert acts == [("letter", "Ahmed Rasheed", ("Ranjith Wickramasuriya",))]
