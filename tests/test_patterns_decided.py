"""A letter voted, decided or resolved on is not yet sent ("Congress voted to send a letter to B"); a
letter sent after a vote is. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    "sentence",
    [
        "The National Congress of Norland voted on Thursday to send a letter to the Parliament of Vestria.",
        "The Senate of Norland decided on Monday to write to Prime Minister Tomas Varga.",
        "The Norland Parliament resolved to send a message of sympathy to President Maria Holm.",
    ],
)
def test_a_letter_decided_on_is_not_yet_sent(sentence: str) -> None:
    assert observed(run(report(sentence))) == []


def test_a_letter_sent_after_a_vote_is_sent() -> None:
    sentence = "After the vote, Speaker Anna Lind wrote to Prime Minister Tomas Varga on Monday."
    assert observed(run(report(sentence))) == [("letter", "Anna Lind", ("Tomas Varga",), "")]
