"""More call and greeting constructions: 'The two spoke by phone' after both were named, 'A was (among)
the first (leader) to call B', 'A telephoned with B' (a readout's calque), and condolences sent by
several at once ('A and B sent condolences to C': one message each). Invented sentences; helpers and
names of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import D, H, L, M, Obs, observed
from test_patterns import param as case

CASES = [
    case("pair/the-two-spoke-by-phone", "call H>L",
         f"{H} and {L} met in Port Amara last year.", "The two spoke by phone on Tuesday."),
    case("pair/the-pair-spoke-by-telephone", "call H>L",
         f"{H} and {L} met in Port Amara last year.", "The pair spoke by telephone on Tuesday."),
    case("rank/among-the-first-to-call", "call D>L",
         f"{D} was among the first to call {L} after the election result on Sunday."),
    case("rank/the-first-foreign-leader-to-call", "call D>L",
         f"{D} was the first foreign leader to call {L} after the election."),
    case("rank/the-last-to-write-to", "letter D>L", f"{D} was the last to write to {L}."),
    case("call_noun/conference-call-with-two", "call H>L,D",
         f"{H} held a conference call with {L} and {D} on Tuesday."),
    case("call_verb/telephoned-with", "call D>L",
         f"{D} telephoned with {L} on Tuesday, a government spokesperson said."),
    case("greeting_sent/two-senders-condolences", "message D>L; message M>L",
         f"{D} and {M} sent condolences to {L} on Tuesday."),
    case("greeting_sent/leaders-including-condolences", "message D>L; message M>L",
         f"World leaders including {D} and {M} sent condolences to {L} on Tuesday."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_more_calls_and_greetings(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


def test_a_conference_call_with_no_party_is_none() -> None:
    assert (
        observed(run(report("The company held a conference call with analysts on Tuesday."), prefilter=False))
        == []
    )


def test_the_first_to_do_something_else_is_no_call() -> None:
    assert observed(run(report(f"{D} was the first to criticise {H}."), prefilter=False)) == []


AGAIN = [
    case("again/the-two-spoke-again-by-phone", "call H>L; call H>L",
         f"{H} phoned {L} on Monday.", "The two leaders spoke again by phone on Wednesday."),
    case("again/wrote-again", "letter H>L; letter H>L",
         f"{H} wrote to {L} on Monday.", "Halvard wrote to Lindqvist again on Wednesday."),
    case("again/urged-again-in-the-call-is-the-same-call", "call H>L",
         f"{H} phoned {L} on Monday.", "In the call, she again urged him to reopen the border."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", AGAIN)
def test_an_act_done_again_is_another_act(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected
