"""A group the report counts but does not name sends as one party ('More than 40 MPs have signed a
letter to B', 'Forty laureates urged B in an open letter', 'An open letter to B, signed by more than
1,000 doctors, was published'); a named party of the same act wins over it; a named party before it in
the subject leads it ('X Union and 400 organisations sent a letter'); 'the two leaders' and '40 years'
are no group. Invented sentences; helpers and names of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import H, L, observed


def senders_and_recipients(*paragraphs: str) -> list[tuple[str, tuple[str, ...]]]:
    comms = run(report(*paragraphs)).extraction.communications
    return sorted((c.sender.name if c.sender else "", tuple(r.name for r in c.recipients)) for c in comms)


@pytest.mark.parametrize(
    "sentence, group",
    [
        (f"More than 40 Conservative MPs have signed a letter to the chancellor, {L}, urging him to act.",
         "More than 40 Conservative MPs"),
        (f"Forty Nobel laureates urged {L} in an open letter on Tuesday to free the jailed journalist.",
         "Forty Nobel laureates"),
        (f"An open letter to {L}, signed by more than 1,000 doctors, was published on Tuesday.",
         "more than 1,000 doctors"),
        (f"Three senators wrote to {L} on Tuesday.", "Three senators"),
    ],
)  # fmt: skip
def test_a_counted_group_sends(sentence: str, group: str) -> None:
    assert senders_and_recipients(sentence) == [(group, ("Jonas Lindqvist",))]


def test_a_named_initiator_wins_over_the_group() -> None:
    got = senders_and_recipients(
        f"A group of 105 countries signed a letter to {L} on Tuesday.",
        f"The letter, initiated by {H}, was delivered on Wednesday.",
    )
    assert got == [("Marta Halvard", ("Jonas Lindqvist",))]


def test_a_named_party_before_the_group_leads_it() -> None:
    got = senders_and_recipients(
        f"The Norland Federation of Trade Unions and 400 other groups sent a letter to {L}."
    )
    assert got == [("Norland Federation of Trade Unions", ("Jonas Lindqvist",))]


@pytest.mark.parametrize(
    "sentence",
    [
        f"The two leaders wrote to {L} on Tuesday.",
        f"40 years later, copies were sent to {L}.",
    ],
)
def test_no_group_where_none_is_counted(sentence: str) -> None:
    assert observed(run(report(sentence))) == []
