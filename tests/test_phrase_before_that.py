"""'A announced, in a message addressed to B, that C would leave': the phrase set off before the 'that' of
a reported clause is the announcing verb's, whatever the parser hung it on. The message is A's, to B;
the 'would' of the reported clause does not make it a message to come, nor its subject the sender."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday, Premier Marek Novak announced on the radio, in a message addressed to President Ana Berg, "
        "that the Union would dismantle the weapons.",
        "Premier Marek Novak said, in a letter to President Ana Berg, that the Union would withdraw its troops.",
        "Premier Marek Novak declared, in a message to President Ana Berg on Monday, that the talks would go on.",
    ],
)
def test_the_message_is_the_announcers(sentence: str) -> None:
    got = found_acts(sentence)
    assert len(got) == 1 and got[0][1:] == ("Marek Novak", ("Ana Berg",)), got


def test_a_message_to_come_in_the_reported_clause_stays_blocked() -> None:
    assert (
        found_acts("Premier Marek Novak said that the Union would send a message to President Ana Berg.")
        == []
    )
