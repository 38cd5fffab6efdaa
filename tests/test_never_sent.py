"""A letter the report says was never sent is no communication: "a draft letter", "his unsent letter", "a
letter that A began to write to B but never sent", "A wrote to B but never sent the letter". Invented
sentences."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The museum unveiled a draft letter that President Adam Krol began to write to King Ulf in 1960 but never "
        "completed or sent.",
        "The museum unveiled a letter that President Adam Krol began to write to King Ulf in 1960 but never sent.",
        "President Adam Krol's unsent letter to King Ulf goes on display.",
        "President Adam Krol wrote to King Ulf in 1960 but never sent the letter.",
    ],
)
def test_a_letter_never_sent(sentence: str) -> None:
    assert found_acts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "President Adam Krol sent a letter to King Ulf in 1960.",
        "President Adam Krol wrote to King Ulf in 1960 and did not hear back.",
        "President Adam Krol wrote to King Ulf in 1960, but the King never answered.",
    ],
)
def test_a_letter_sent(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Adam Krol", ("Ulf",))]


def test_a_reply_never_sent_is_another_act() -> None:
    assert found_acts("President Adam Krol wrote to King Ulf in 1960, but the reply was never sent.") == [
        ("letter", "Adam Krol", ("Ulf",))
    ]
