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
            "Norwegian Prime Minister Erik Lund, in a message to the acting president, said Europe had lost a friend.",
            "Erik Lund",
        ),
        (
            "Chilean President Mateo Rojas, in a message to the acting president, said the world had lost a friend.",
            "Mateo Rojas",
        ),
        (
            "Indian Prime Minister Arjun Mehta, in a letter to the acting president, said Asia had lost a friend.",
            "Arjun Mehta",
        ),
        (
            "Ghanaian President Kofi Mensah, in a message to the acting president, said Africa had lost a friend.",
            "Kofi Mensah",
        ),
    ],
)
def test_writer_before_in_a_message(sentence: str, writer: str) -> None:
    comms = run(report(DEATH, sentence)).extraction.communications
    assert (writer, "Ana Holm") in {
        (c.sender.name if c.sender else "", r.name) for c in comms for r in c.recipients
    }


def test_a_party_named_inside_the_phrase_is_no_writer() -> None:
    """'In a letter to R, S, the chief of ..., said': the first party after the recipient writes."""
    comms = run(
        report(
            DEATH,
            "In a message to the acting president, Prime Minister Erik Lund said Europe had lost a friend.",
        )
    ).extraction.communications
    assert ("Erik Lund", "Ana Holm") in {
        (c.sender.name if c.sender else "", r.name) for c in comms for r in c.recipients
    }
