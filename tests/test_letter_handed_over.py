"""'A sent a letter to B. The letter was delivered by the ambassador to the foreign minister, C, on Thursday':
the letter told as carried is the letter just told; whom it was handed to received it for the addressee and is
no party, and the day of the handing over dates it. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _comms(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    comms = run(report(text)).extraction.communications
    return [
        (
            c.sender.name if c.sender else "",
            tuple(r.name for r in c.recipients),
            c.date.earliest and str(c.date.earliest),
        )
        for c in comms
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Estland's President Mira Talvik has written to the head of state of the Kingdom of Lorvia, King Oskar "
        "Brenner, her office said. The letter was delivered in Lorvigrad on Thursday by the Envoy Extraordinary of "
        "Estland to the Kingdom of Lorvia Tarmo Kask to the Lorvian Minister for External Relations Ines Dahl.",
        "President Mira Talvik wrote to King Oskar Brenner. The letter was delivered on Thursday by the "
        "Ambassador of Estland, Tarmo Kask, to the royal chamberlain, Ines Dahl.",
        "Prime Minister Mira Talvik sent a message to President Oskar Brenner. On Thursday the message was "
        "conveyed by her envoy Tarmo Kask to Foreign Minister Ines Dahl.",
    ],
)
def test_the_carried_letter_is_the_letter_told_before(text: str) -> None:
    comms = _comms(text)
    assert len(comms) == 1, comms
    sender, recipients, earliest = comms[0]
    assert (sender, recipients) == ("Mira Talvik", ("Oskar Brenner",)), comms
    assert earliest == "2024-03-14", comms  # the report is of Thursday 14 March 2024


def test_a_letter_to_someone_else_after_a_gap_stays_its_own() -> None:
    comms = _comms(
        "President Mira Talvik wrote to King Oskar Brenner in January. The talks then stalled for months. "
        "Trade fell. Ports closed. Prices rose. A letter from the king was handed to Foreign Minister Ines Dahl "
        "on Thursday."
    )
    assert ("Oskar Brenner", ("Ines Dahl",), "2024-03-14") in comms, comms
