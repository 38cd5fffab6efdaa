"""'Her annual message to Congress' is the address a head of state gives the legislature each year, a
speech, not a text sent; a message sent to Congress asking for something is one."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Berg opened the ordinary sessions of Congress on Friday with her annual message to the "
        "Legislative Assembly, in which she promised a surplus.",
        "President Ana Berg delivered her annual message to Congress on Friday.",
        "In his yearly message to Parliament, President Karl Dorn promised lower taxes.",
    ],
)
def test_an_annual_message_to_the_legislature_is_a_speech(sentence: str) -> None:
    assert found_acts(sentence) == []


def test_a_message_sent_to_congress_is_one() -> None:
    assert found_acts(
        "President Ana Berg sent a message to Congress on Friday asking for emergency powers."
    ) == [("message", "Ana Berg", ("Congress",))]
