"""A message sent in an interview, a rally or a speech told before the verb ("In a radio interview, A
sent a message to B") is the message of that event, not a text sent. Every sentence here is
invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "In a radio interview on Friday, President Ivo Kral sent a message of resolve to Norland, "
        "declining to rule out sanctions.",
        "At a rally on Sunday, Prime Minister Ana Berg sent a message to President Ivo Kral.",
        "During his speech, Chancellor Mia Lund sent a message to the striking workers.",
    ],
)
def test_a_message_in_a_speech_event_is_no_communication(sentence: str) -> None:
    assert found_acts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement, the ministry said Minister Tor Vik had sent a message to King Olaf on Monday.",
        "On Monday, President Jon Sand sent a message of condolence to King Knut.",
    ],
)
def test_a_message_told_in_a_statement_is_still_one(sentence: str) -> None:
    assert len(found_acts(sentence)) == 1
