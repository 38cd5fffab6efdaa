"""Telegrams and letters read through a clause around them (invented sentences):
- "sorrow was expressed by A in a telegram signed by C": the agent of the passive speaks, not the
  secretary who signed;
- "B read the telegram that A sent him": the pronoun object of the relative clause is the subject of the
  clause around it."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Deep sorrow at the loss of life was expressed by Pope Leo in a telegram signed by the Secretary of "
        "State, Cardinal Piet Rook, and sent to the Archbishop of Telmar, Monsignor Karl Dunn.",
        "Closeness to the victims was conveyed by Pope Leo in a telegram signed by Cardinal Piet Rook and "
        "addressed to Monsignor Karl Dunn.",
        "In a telegram signed by Cardinal Piet Rook and addressed to Monsignor Karl Dunn, Pope Leo offered his "
        "prayers.",
    ],
)
def test_the_agent_speaks_through_the_signed_telegram(sentence: str) -> None:
    assert found_acts(sentence) == [("message", "Leo", ("Monsignor Karl Dunn",))]


def test_a_telegram_only_signed_is_the_signers() -> None:
    got = found_acts("The telegram was signed by Cardinal Piet Rook and sent to Monsignor Karl Dunn.")
    assert got == [("message", "Piet Rook", ("Monsignor Karl Dunn",))]


@pytest.mark.parametrize(
    ("sentence", "kind", "sender", "reader"),
    [
        (
            "The archbishop, Monsignor Karl Dunn, read on Sunday the telegram of condolence that Pope Leo "
            "sent him after the earthquake.",
            "message",
            "Leo",
            "Monsignor Karl Dunn",
        ),
        (
            "King Otto Brandt showed reporters the letter President Ilsa Varnek had sent him last week.",
            "letter",
            "Ilsa Varnek",
            "Otto Brandt",
        ),
        (
            "Chancellor Mira Osk received on Monday the message which Prime Minister Joran Kessel had sent her.",
            "message",
            "Joran Kessel",
            "Mira Osk",
        ),
    ],
)
def test_the_pronoun_of_the_relative_is_the_clause_subject(
    sentence: str, kind: str, sender: str, reader: str
) -> None:
    assert found_acts(sentence) == [(kind, sender, (reader,))]
