"""A letter whose writers the report does not name ("the leaders of two factions sent a joint letter to B")
and the next sentence naming its signers ("The letter, signed by C and D, asked X to ..."): one letter, from
C, to B (X is what the letter asks, not a second addressee)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "first",
    [
        "The leaders of two opposition parties sent a joint letter on Wednesday to the head of Norland's "
        "election commission, Judge Hana Brik.",
        "A joint letter was sent on Wednesday by the leaders of two opposition parties to the head of Norland's "
        "election commission, Judge Hana Brik.",
    ],
)
def test_signers_named_after_an_unnamed_writers_letter(first: str) -> None:
    acts = found_acts(
        first,
        "The letter, signed by Labour Party leader Omar Dessi and by Green leader Pia Lund, asked Norland to "
        "postpone the vote.",
    )
    letters = [a for a in acts if a[0] == "letter"]
    assert letters == [("letter", "Omar Dessi", ("Hana Brik",))], acts
