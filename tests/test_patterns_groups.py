"""A group that names no party standing for the members it lists ("leaders including A and B",
"heads of state such as A", "several heads of state, among them A and B"): the members are the
parties, one act each where the report speaks of several messages. Invented sentences only; the
helpers and names are those of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import H_FIRST, D, H, L, M, Obs, observed
from test_patterns import param as case

CASES = [
    case("group/received-from-world-leaders-including", "message H>L; message D>L; message M>L",
         f"{L} received congratulatory messages from world leaders, including {H}, {D} and {M}."),
    case("group/subject-leaders-including-sent", "message H>L; message D>L",
         f"Several leaders, including {H} and {D}, sent messages to {L} on Monday."),
    case("group/sent-to-leaders-such-as", "message L>H; message L>D",
         f"{L} also sent messages to leaders such as {H} and {D}."),
    case("group/cables-from-heads-of-state-among-them", "message H>L; message D>L",
         f"{L} received cables of condolence from several heads of state, among them {H} and {D}."),
    case("group/role-among-the-members", "message H>L; message D>L",
         H_FIRST, f"{L} received messages of support from leaders including the Norland president and {D}."),
    case("group/subject-leaders-including-called", "call H>L",
         f"Leaders including {H} called {L} on Monday to congratulate him."),
    # 'among those who ... were A and B': the copula names the people the clause speaks of
    case("group/among-those-who-wrote-were", "letter H>L; letter D>L",
         f"Among those who wrote to {L} were {H} and {D}."),
    case("group/among-the-leaders-who-sent-messages", "message H>L; message D>L",
         f"Among the leaders who sent messages to {L} on Monday were {H} and {D}."),
    case("group/among-those-who-phoned-was-a-role", "call H>L",
         H_FIRST, f"Among those who phoned {L} was the Norland president."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_a_group_stands_for_the_members_it_lists(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        f"{L} received letters from citizens, including a teacher and a nurse, on Monday.",
        f"{L} received messages from many countries, including some that had broken off ties.",
    ],
)
def test_a_group_with_no_named_member_gives_no_sender(sentence: str) -> None:
    assert [c.sender for c in run(report(sentence)).extraction.communications if c.sender] == []


def test_among_those_who_did_something_else_gives_nothing() -> None:
    sentence = f"Among those who attended the funeral of {L} were {H} and {D}."
    assert observed(run(report(sentence), prefilter=False)) == []


def test_a_list_of_topics_is_no_list_of_parties() -> None:
    sentence = f"{H} sent a message to {L} on several subjects, including trade and fisheries."
    assert observed(run(report(sentence))) == [("message", "Marta Halvard", ("Jonas Lindqvist",), "")]
