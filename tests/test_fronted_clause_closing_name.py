"""'Answering the message he had received from A, B sent the Emir a message of thanks': the parser hangs
B on A as an apposition and leaves the main verb without a subject; the name right before the verb is
its subject. Invented people."""

from __future__ import annotations

from test_extract import found_acts, found_replies

SENTENCE = (
    "Answering the congratulatory message he had received from Emir Omar Haddi, President Ana Berg sent the"
    " Emir a message of thanks on Sunday."
)


def test_both_messages() -> None:
    assert sorted(found_acts(SENTENCE)) == [
        ("message", "Ana Berg", ("Omar Haddi",)),
        ("message", "Omar Haddi", ("Ana Berg",)),
    ]


def test_the_thanks_answer_the_congratulations() -> None:
    assert ("Ana Berg", ("Omar Haddi",), "Omar Haddi") in found_replies(SENTENCE)
