"""A ministry's note to an embassy and the embassy's answering note: the embassy is one party however the
report names it ("the Embassy of Peru", "the Peruvian Embassy", "the Embassy of the Republic of Peru in
Santiago"), and "answered with a note" is its reply. Every sentence here is invented."""

from __future__ import annotations

import pytest

from lettertrace.names import org_key
from test_extract import found_replies

NOTE = (
    "On Friday the Ministry of Foreign Affairs handed a note verbale to the Embassy of Peru, declaring a member "
    "of the staff of the Peruvian Embassy in Santiago persona non grata."
)


@pytest.mark.parametrize(
    "answer",
    [
        "On Thursday the Peruvian Embassy responded with a note calling the charge baseless.",
        "The Embassy of Peru answered with a note on Saturday, calling the decision unfounded.",
        "The Peruvian Embassy replied with a note of protest on Saturday.",
    ],
)
def test_the_embassy_answers_with_a_note(answer: str) -> None:
    found = found_replies(NOTE, answer)
    assert ("Peruvian Embassy", ("Ministry of Foreign Affairs",), "Ministry of Foreign Affairs") in found or (
        "Embassy of Peru",
        ("Ministry of Foreign Affairs",),
        "Ministry of Foreign Affairs",
    ) in found, found
    assert len(found) == 2, found


def test_a_note_of_music_is_no_reply() -> None:
    found = found_replies(NOTE, "The choir responded with a note of joy when the embassy reopened.")
    assert len(found) == 1, found


@pytest.mark.parametrize(
    "a, b",
    [
        ("the Embassy of Peru", "The Peruvian Embassy"),
        ("the Embassy of Peru", "Embassy of the Republic of Peru in the Republic of Chile"),
        ("the Foreign Ministry of Iran", "the Iranian Foreign Ministry"),
        ("Embassy of the Kingdom of Spain", "the Spanish Embassy in Lima"),
    ],
)
def test_one_body_of_one_state_has_one_key(a: str, b: str) -> None:
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("the Embassy of Peru", "the Chilean Embassy"),
        ("the Peruvian Embassy", "the Peruvian Ministry of Health"),
    ],
)
def test_other_bodies_keep_other_keys(a: str, b: str) -> None:
    assert org_key(a) != org_key(b)
