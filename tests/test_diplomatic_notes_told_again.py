"""Diplomatic notes in a ministry's communiqué: 'The Ministry informs the public that on Monday it delivered a
note verbale to the Embassy of X' ('it' is the ministry, as after 'said'); 'The note responds to a note of 3
May in which the Embassy informed the Ministry ...' (a bare 'note' is a communication when it answers or is
answered, or once the report has told a diplomatic note; the relative clause on the date names the
writer); 'a note of protest'. Invented states."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies

FIRST = "The Ministry of Foreign Affairs informs the public that on Monday it delivered a note verbale to the Embassy of Norland."


def test_it_is_the_body_that_informs() -> None:
    assert found_acts(FIRST) == [("message", "Ministry of Foreign Affairs", ("Embassy of Norland",))]


@pytest.mark.parametrize(
    "second",
    [
        "The note responds to a note of 3 May in which the Embassy of Norland informed the Ministry that its"
        " Government objected to the works.",
        "The note answers a note of 3 May by which the Embassy of Norland informed the Ministry that its"
        " Government objected to the works.",
    ],
)
def test_the_note_answered(second: str) -> None:
    assert sorted(found_acts(FIRST, second)) == [
        ("message", "Embassy of Norland", ("Ministry of Foreign Affairs",)),
        ("message", "Ministry of Foreign Affairs", ("Embassy of Norland",)),
    ]
    assert ("Ministry of Foreign Affairs", ("Embassy of Norland",), "Embassy of Norland") in found_replies(
        FIRST, second
    )


def test_note_of_protest() -> None:
    assert found_acts(
        "The Vestrian Foreign Ministry delivered a note of protest to the Embassy of Norland on Monday."
    ) == [("message", "Vestrian Foreign Ministry", ("Embassy of Norland",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The soprano held the last note for ten seconds before the orchestra answered.",
        "Investors took note of the bank's warning to Norland on Monday.",
    ],
)
def test_other_notes_are_no_communication(sentence: str) -> None:
    assert found_acts(sentence) == []
