"""'Associations of survivors have published an open letter to B': a plural common noun that opens the
sentence (capitalised there only) and that a lower-case 'of' phrase describes names no one; a body's
name with 'of the' stays a name. Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Associations of survivors and victims' families have published an open letter to the High Representative, "
        "Kesi Orlamo.",
        "Unions of miners and dockers have sent a letter to President Kesi Orlamo of Sylvania.",
        "Federations of farmers sent a letter to President Kesi Orlamo of Sylvania on Tuesday.",
    ],
)
def test_no_sender_named(sentence: str) -> None:
    assert found_acts(sentence) == []


def test_a_name_with_of_the_stays_a_sender() -> None:
    got = found_acts(
        "Friends of the Lunet Marshes sent a letter to President Kesi Orlamo of Sylvania on Tuesday."
    )
    assert [who for _, who, _ in got] == ["Friends of the Lunet Marshes"]
