"""An act weighed through a causative ("is considering having A send a letter to B") is planned, not done;
one caused ("had A send a letter to B", "let A call B") was done. Invented sentences."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The government is considering having Prime Minister Adam Krol send a personal letter to King Ulf.",
        "The ministry is weighing having President Adam Krol call King Ulf next week.",
    ],
)
def test_weighed_through_a_causative(sentence: str) -> None:
    assert found_acts(sentence) == []


@pytest.mark.parametrize(
    "sentence, kind",
    [
        (
            "The government had Prime Minister Adam Krol send a personal letter to King Ulf on Monday.",
            "letter",
        ),
        ("The palace let President Adam Krol call King Ulf on Monday.", "call"),
    ],
)
def test_caused_and_done(sentence: str, kind: str) -> None:
    assert [(k, s) for k, s, _ in found_acts(sentence)] == [(kind, "Adam Krol")]
