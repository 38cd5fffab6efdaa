"""A letter like the one just told, to an addressee of its own and with no writer named, is the same
writer's: "A similar warning letter was issued the same day to C", "An identical letter went to C".
Invented sentences."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "second",
    [
        "A similar warning letter was issued the same day to Vestria Mining, the agency said.",
        "An identical letter went to Vestria Mining.",
        "A similar letter was sent to Vestria Mining on the same day.",
    ],
)
def test_a_similar_letter_has_the_same_writer(second: str) -> None:
    assert found_acts("The Norland Food Agency sent a warning letter to Vitalis Labs on Monday.", second) == [
        ("letter", "Norland Food Agency", ("Vestria Mining",)),
        ("letter", "Norland Food Agency", ("Vitalis Labs",)),
    ]


def test_more_messages_told_in_the_passive_with_also() -> None:
    assert found_acts(
        "President Adam Krol sent New Year greetings to King Ulf on Friday.",
        "Messages were also sent to President Eva Lind and Prime Minister Jan Sobota.",
    ) == [
        ("message", "Adam Krol", ("Eva Lind",)),
        ("message", "Adam Krol", ("Jan Sobota",)),
        ("message", "Adam Krol", ("Ulf",)),
    ]


def test_letters_with_similar_content() -> None:
    assert found_acts(
        "President Adam Krol wrote to Queen Eva on Monday.",
        "Letters with similar content were sent the same day to President Ole Lund and to King Ulf.",
    ) == [
        ("letter", "Adam Krol", ("Eva",)),
        ("letter", "Adam Krol", ("Ole Lund",)),
        ("letter", "Adam Krol", ("Ulf",)),
    ]
