"""An exchange named by its medium (invented sentences; the report is dated Thursday 14 March 2024): 'the
WhatsApp exchange between A and B' and 'an email exchange with B' are one message each way; 'a phone
exchange' is one call; an exchange with no medium ('the exchange at the summit') is none."""

from __future__ import annotations

import pytest

from test_extract import found_acts

CUE = "Other messages were released on Monday."  # a report on messages


@pytest.mark.parametrize(
    "sentence",
    [
        "The WhatsApp exchange between Ana Ruiz and her adviser Tomas Berg was published by the inquiry.",
        "The email exchange between Ana Ruiz and Tomas Berg was released by the ministry.",
        "A text exchange between Ana Ruiz and Tomas Berg was read out at the hearing.",
    ],
)
def test_a_written_exchange_is_one_message_each_way(sentence: str) -> None:
    assert found_acts(sentence, CUE) == [
        ("message", "Ana Ruiz", ("Tomas Berg",)),
        ("message", "Tomas Berg", ("Ana Ruiz",)),
    ]


def test_a_phone_exchange_is_one_call() -> None:
    [(kind, sender, recipients)] = found_acts(
        "The phone exchange between Ana Ruiz and Tomas Berg was tense.", CUE
    )
    assert kind == "call" and {sender, *recipients} == {"Ana Ruiz", "Tomas Berg"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The exchange between Ana Ruiz and Tomas Berg at the summit was tense.",
        "The currency exchange between Freedonia and Sylvania was suspended.",
        "The prisoner exchange between Freedonia and Sylvania took place on Monday.",
    ],
)
def test_an_exchange_with_no_medium_is_none(sentence: str) -> None:
    assert found_acts(sentence, CUE) == []
