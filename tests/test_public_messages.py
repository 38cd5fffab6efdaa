"""A message sent through the media is said in public ("sends messages to B through the media"); a habit
told with "likes to", "tends to" is no one act. A message sent through an envoy is mail. Invented sentences."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland also likes to send messages to Sylvania through the media, a practice that helps nobody.",
        "President Adam Krol sent a message to King Ulf through the press on Monday.",
        "President Adam Krol sent King Ulf a message via the media on Monday.",
        "President Adam Krol tends to call King Ulf on Sundays.",
    ],
)
def test_no_mail(sentence: str) -> None:
    assert found_acts(sentence) == []


def test_a_message_through_an_envoy_is_mail() -> None:
    assert found_acts("President Adam Krol sent a message to King Ulf through his ambassador on Monday.") == [
        ("message", "Adam Krol", ("Ulf",))
    ]
