"""A message carried 'from' its writer is a text sent, whatever event it was handed over at: 'C conveyed a
verbal message from A to B during their meeting' (the parser may hang 'from' on the verb, not on the
noun); a message said at an event, with no writer it comes from, stays a signal ('repeated her message
to B at the press conference')."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _acts(sentence: str) -> list[tuple[str | None, list[str]]]:
    comms = run(report(sentence)).extraction.communications
    return [(c.sender.name if c.sender else None, [r.name for r in c.recipients]) for c in comms]


@pytest.mark.parametrize(
    "sentence, sender, recipient",
    [
        (
            "The Foreign Minister of Indora, Dr. Anil Rao, conveyed a verbal message from President Devi"
            " Sharma to King Hamad during their meeting on Sunday.",
            "Devi Sharma",
            "Hamad",
        ),
        (
            "The envoy, Mr. Tariq Saleem, conveyed an oral message from President Devi Sharma to King Hamad"
            " during the talks on Sunday.",
            "Devi Sharma",
            "Hamad",
        ),
        (
            "The Indoran ambassador, Dr. Lena Voss, passed a message from Chancellor Otto Brem to President"
            " Ivo Stan during the audience on Sunday.",
            "Otto Brem",
            "Ivo Stan",
        ),
    ],
)
def test_a_message_carried_from_its_writer_at_a_meeting(sentence: str, sender: str, recipient: str) -> None:
    assert (sender, [recipient]) in _acts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Devi Sharma repeated her message to King Hamad at the press conference on Sunday.",
        "The minister, Dr. Anil Rao, delivered a message to the nation at the rally on Sunday.",
        "At the summit on Sunday, President Devi Sharma sent a clear message to King Hamad.",
    ],
)
def test_a_message_said_at_an_event_is_no_letter(sentence: str) -> None:
    assert _acts(sentence) == []
