"""A call or letter that is 'on the agenda', 'on the cards' or 'in the works' is planned, not held.
Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import sent_pairs


@pytest.mark.parametrize(
    "text",
    [
        "The minister told reporters a phone call with Prime Minister Ana Holm was on the agenda, though no "
        "day has been fixed.",
        "President Tomas Varga said a phone call with Prime Minister Ana Holm is on the cards for next week.",
        "A phone call between President Tomas Varga and Prime Minister Ana Holm is in the works, officials said.",
        "Officials said a letter from President Tomas Varga to Prime Minister Ana Holm was on the agenda.",
    ],
)
def test_in_prospect_is_no_act(text: str) -> None:
    assert not any("Ana Holm" in (s, r) for s, r in sent_pairs(text))


@pytest.mark.parametrize(
    "text",
    [
        "President Tomas Varga phoned Prime Minister Ana Holm on Tuesday; trade was on the agenda.",
        "A phone call between President Tomas Varga and Prime Minister Ana Holm was held on Tuesday; the agenda "
        "was trade.",
    ],
)
def test_a_held_call_with_an_agenda_stays(text: str) -> None:
    pairs = sent_pairs(text)
    assert ("Tomas Varga", "Ana Holm") in pairs or ("Ana Holm", "Tomas Varga") in pairs
