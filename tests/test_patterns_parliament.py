"""Parliamentary and open letters: 'A has written to B demanding ...' (spaCy makes B the subject of the
participle), 'wrote to the chair of the committee, B,' (a role with its holder in apposition), 'In an
open letter, A called on B to ...', and no bystander as sender when a group that names no party wrote
('Forty laureates urged B in an open letter to free C'). Invented sentences; helpers of test_patterns."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import H, L, Obs, observed
from test_patterns import param as case

CASES = [
    case("parliament/written-to-B-demanding", "letter H>L",
         f"{H} has written to {L} demanding an inquiry into the deportations."),
    case("parliament/wrote-to-B-asking-for", "letter H>L", f"{H} wrote to {L} asking for an inquiry."),
    case("parliament/written-to-B-calling-for", "letter H>L",
         f"{H} has written to {L} calling for an inquiry."),
    case("parliament/to-the-chair-of-the-committee-comma-name", "letter H>L",
         f"{H} wrote to the chair of the Public Accounts Committee, Jonas Lindqvist, on Tuesday."),
    case("parliament/to-the-role-comma-name-sent-a-letter", "letter H>L",
         f"{H} sent a letter to the chair of the finance committee, Jonas Lindqvist, on Tuesday."),
    case("open_letter/in-an-open-letter-called-on", "letter H>L",
         f"In an open letter published on Tuesday, {H} called on {L} to withdraw the pension bill."),
    case("open_letter/the-letter-calls-on", "letter H>L",
         f"{H} wrote to the prime minister on Monday.", f"The letter, signed by {H}, calls on {L} to recognise the new government."),
    case("open_letter/org-in-a-letter-appealed-to", "letter W>L",
         f"In a letter on Tuesday, Norway appealed to {L} to reopen the border."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_parliamentary_and_open_letters(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


def test_no_bystander_sends_what_a_counted_group_wrote() -> None:
    sentence = (
        f"Forty laureates urged {H} in an open letter on Tuesday to free the jailed journalist Tomas Lind."
    )
    comms = run(report(sentence)).extraction.communications
    assert [c.sender.name for c in comms if c.sender] == ["Forty laureates"]  # the group, never the bystander


def test_a_name_after_a_role_that_acts_is_no_addressee() -> None:
    sentence = f"{H} wrote to the chair of the committee, Jonas Lindqvist said on Tuesday."
    comms = run(report(sentence)).extraction.communications
    assert [r.name for c in comms for r in c.recipients] != ["Jonas Lindqvist"]
