"""'A, in a message to B, said ...': the writer is the subject the phrase is set off after, also when the
parser hangs the phrase on the subject's name. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run

DEATH = "President Olav Brenn died on Sunday, Sudland's Acting President Ana Holm announced."


@pytest.mark.parametrize(
    ("sentence", "writer"),
    [
        (
            "Norwegian Prime Minister Erik Lund, in a message to the interim head of state, said Europe had mourned a statesman.",
            "Erik Lund",
        ),
        (
            "Chilean President Mateo Rojas, in a message to the interim head of state, said the world had mourned a statesman.",
            "Mateo Rojas",
        ),
        (
            "Indian Prime Minister Arjun Mehta, in a letter to the interim head of state, said Asia had mourned a statesman.",
            "Arjun Mehta",
        ),
        (
            "Ghanaian President Kofi Mensah, in a message to the interim head of state, said Africa had mourned a statesman.",
            "Kofi Mensah",
        ),
    ],
)
def test_writer_before_in_a_message(sentence: str, writer: str) -> None:
    comms = run(report(DEATH, sentence)).extraction.communications
    assert writer in {c.sender.name for c in comms if c.sender and c.recipients}


def test_the_first_party_after_the_phrase_writes() -> None:
    """'In a letter to R, S ... said': the first party after the recipient writes."""
    comms = run(
        report(
            DEATH,
            "In a message to the interim head of state, Prime Minister Erik Lund said Europe had mourned a statesman.",
        )
    ).extraction.communications
    assert "Erik Lund" in {c.sender.name for c in comms if c.sender and c.recipients}
