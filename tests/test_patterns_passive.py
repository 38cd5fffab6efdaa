"""The receiver as the subject of a passive verb ('B was handed a letter from A', 'B has been sent a
letter by A', 'B was given a message from A'); a communication noun is never a party to itself
('Letters were sent to B and C by A'); a platform named before the noun is no recipient ('sent
WhatsApp messages to B'); 'A texted B'. Invented sentences; helpers and names of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import H_FIRST, D, H, L, Obs, observed
from test_patterns import param as case

CASES = [
    case("passive/was-handed-a-letter-from-by-a-courier", "letter H>L",
         f"{L} was handed a letter from {H} by the Norland ambassador on Tuesday."),
    case("passive/has-been-sent-a-letter-by", "letter H>L",
         f"{L} has been sent a letter by {H} warning of sanctions."),
    case("passive/was-given-a-message-from", "message H>L",
         f"{L} was given a message from {H} on Tuesday."),
    case("passive/role-was-sent-a-letter-by", "letter L>H",
         H_FIRST, f"The Norland president was sent a personal letter by {L}."),
    case("passive/plural-noun-first-sent-to-two-by", "letter H>L; letter H>D",
         f"Letters were sent on Tuesday to {L} and {D} by {H}."),
    case("medium/platform-before-the-noun", "message H>L",
         f"{H} sent WhatsApp messages to {L} in January 2023."),
    case("medium/texted", "message H>L",
         f"{H} texted {L} on Tuesday night to congratulate him."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_the_passive_subject_receives(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


def test_a_courier_who_handed_a_letter_over_sends_nothing() -> None:
    comms = run(
        report(f"{L} was handed a letter by the Norland ambassador on Tuesday.")
    ).extraction.communications
    assert [c.sender for c in comms if c.sender] == []
