"""A letter named to date another act ('The same day the letter was sent, A also sent a message to C')
refers back to the letter told before: the main clause's addressee is the other act's (invented names)."""

from __future__ import annotations

import pytest

from test_extract import acts

FIRST = "Ana Lind wrote to Prime Minister Karl Berg on Tuesday, urging him to apologize to the miners."


@pytest.mark.parametrize(
    "then",
    [
        "The same day the letter was sent, Lind also sent a message to President Piet Okoro.",
        "On the day the letter was delivered, Lind also sent a message to President Piet Okoro.",
        "The week the letter arrived, Lind also sent a message to President Piet Okoro.",
    ],
)
def test_the_letter_of_a_time_clause_is_the_one_told(then: str) -> None:
    assert acts(FIRST, then) == {
        ("letter", "Ana Lind", ("Karl Berg",)),
        ("message", "Ana Lind", ("Piet Okoro",)),
    }
