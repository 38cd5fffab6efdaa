"""Replies told in two steps: 'answering his counterpart A's letter' (the letter in apposition to the one
answered), and 'B has sent a reply to A. The reply was written in response to A's letter of 1 March'
(the clause about the reply names what it answers). And a headline's 'A to propose talks in letter to
B' tells of what A will do. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Anatoly Korvin has accepted an invitation to send a youth delegation in August, answering his"
        " Norwegian counterpart Lars Hallberg's letter of May 4.",
        "Mayor Anatoly Korvin has accepted the invitation, answering Lars Hallberg's letter of May 4.",
        "Mayor Anatoly Korvin answered Lars Hallberg's letter of May 4 on Monday.",
    ],
)
def test_answering_a_letter_in_apposition_answers_it(sentence: str) -> None:
    assert observed(run(report(sentence))) == [
        ("letter", "Anatoly Korvin", ("Lars Hallberg",), "Lars Hallberg"),
        ("letter", "Lars Hallberg", ("Anatoly Korvin",), ""),
    ]


@pytest.mark.parametrize(
    "then",
    [
        "The reply, dated March 9, was written in response to Harada's letter of March 1, in which the premier"
        " proposed talks.",
        "Her answer was written in response to a letter from Harada dated March 1.",
        "The response was sent in reply to Harada's message of March 1.",
    ],
)
def test_the_clause_about_a_reply_names_what_it_answers(then: str) -> None:
    rep = run(report("President Ana Holm has sent a reply to Prime Minister Kenji Harada.", then))
    obs = observed(rep)
    assert ("letter", "Ana Holm", ("Kenji Harada",), "Kenji Harada") in obs
    answered = [c for c in rep.extraction.communications if c.sender and c.sender.name == "Kenji Harada"]
    assert [str(c.date.earliest) for c in answered] == ["2024-03-01"]


def test_a_reply_written_in_response_to_no_letter_answers_none() -> None:
    rep = run(
        report(
            "President Ana Holm has sent a reply to Prime Minister Kenji Harada.",
            "The reply was written in response to the criticism from the opposition.",
        )
    )
    assert observed(rep) == [("letter", "Ana Holm", ("Kenji Harada",), "")]


@pytest.mark.parametrize(
    "headline",
    [
        "Holm to propose talks in letter to Harada",
        "Holm to set out terms in message to Harada",
        "Holm to raise the dam in letter to Harada",
    ],
)
def test_a_headline_of_what_a_letter_will_carry_is_no_letter(headline: str) -> None:
    body = "President Ana Holm said on Tuesday that talks were needed with Prime Minister Kenji Harada."
    assert observed(run(report(body, headline=headline))) == []
