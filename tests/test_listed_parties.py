"""Senders or addressees set out one a line under a colon ("The cables came from:" / "- King A of X;"):
one message per line. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _pairs(*paragraphs: str) -> set[tuple[str, str, str]]:
    comms = run(report(*paragraphs)).extraction.communications
    return {
        (c.sender.name if c.sender else "", r.name, str(c.date.earliest)) for c in comms for r in c.recipients
    }


SENDERS = (
    "- His Majesty King Olav Brenn of Norland;\n"
    "- His Excellency President Tomas Varga of Ostmark;\n"
    "- The Sudland Red Crescent Society."
)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "President Ana Holm on Tuesday received cables of condolence on the floods.",
            "The cables came from:",
            SENDERS,
        ),
        ("President Ana Holm on Tuesday received cables of condolence on the floods from:", SENDERS),
        (
            "President Ana Holm on Tuesday received messages of sympathy over the floods.",
            "Messages were sent by:",
            SENDERS.replace("- ", "• "),
        ),
    ],
)
def test_each_listed_sender_sent_one_message(paragraphs: tuple[str, ...]) -> None:
    pairs = _pairs(*paragraphs)
    for sender in ("Olav Brenn", "Tomas Varga"):
        assert (sender, "Ana Holm", "2024-03-12") in pairs


def test_each_listed_addressee_got_one_letter() -> None:
    pairs = _pairs(
        "Prime Minister Lena Dahl on Tuesday sent letters about the dam to:",
        "1. President Tomas Varga of Ostmark;\n2. King Olav Brenn of Norland.",
    )
    assert ("Lena Dahl", "Tomas Varga", "2024-03-12") in pairs
    assert ("Lena Dahl", "Olav Brenn", "2024-03-12") in pairs


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a list that does not follow a message: the agenda of a meeting
        (
            "President Ana Holm on Tuesday received cables of condolence on the floods.",
            "The agenda included:",
            SENDERS,
        ),
        # a list of one line is no round-up
        (
            "President Ana Holm on Tuesday received cables of condolence on the floods from:",
            "- King Olav Brenn.",
        ),
        # the list under a message whose sender and addressee are both named
        ("King Olav Brenn sent messages to President Ana Holm on Tuesday. The messages mentioned:", SENDERS),
    ],
)
def test_no_message_from_a_list_that_is_not_of_its_parties(paragraphs: tuple[str, ...]) -> None:
    assert not any(s == "Tomas Varga" for s, _, _ in _pairs(*paragraphs))
