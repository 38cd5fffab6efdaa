"""E-mail and answers the prefilter must let through: 'An email from A to B was disclosed' (a singular
e-mail with its writer named; 'Email to a friend' stays out), 'B received a reply from A'.
Invented sentences; helpers and names of ``test_patterns``."""

from __future__ import annotations

import pytest

from lettertrace.extract import prefilter
from test_extract import report, run
from test_patterns import H, L, Obs, observed
from test_patterns import param as case

CASES = [
    case("mail/an-email-from-to-was-disclosed", "message H>L",
         f"An email from {H} to {L} was disclosed to the inquiry on Tuesday."),
    case("mail/sent-an-email-to", "message H>L", f"{H} sent an email to {L} on Tuesday."),
    case("mail/in-an-email-to", "message H>L", f"In an email to {L} on Tuesday, {H} asked for the figures."),
    case("mail/replied-by-email", "message H>L; message L>H re H",
         f"{H} emailed {L} on Monday asking for more staff.",
         "Lindqvist replied by email the same evening, saying the money was not there."),
    case("series/sent-B-a-series-of-text-messages", "message H>L",
         f"{H} sent {L} a series of text messages in January urging him to drop the complaint."),
    case("thanks/letter-of-thanks-for-his-message", "letter H>L re L; message L>H",
         f"{H} sent a letter of thanks to {L} for his message of greeting."),
    case("reply/received-a-reply-from-alone", "letter H>L", f"{L} received a reply from {H} on Tuesday."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_mail_and_replies_reach_extraction(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


@pytest.mark.parametrize(
    "text", ["Email to a friend. Share this story.", "Email: press@example.org", "Reply to this comment"]
)
def test_page_furniture_is_no_cue(text: str) -> None:
    assert not prefilter.has_cue(text)
