"""A call that answers a letter or message ('rang her back', 'In response, B phoned A', 'telephoned A in
reply to her letter', 'called A to thank her for the letter'): the call is the reply, linked to the latest
communication from the one called to the caller; no reply letter is made up beside it. Invented names;
report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

BERG, LIND = "Ana Berg", "Tomas Lind"
WROTE = "President Ana Berg wrote to Tomas Lind on 2 March about the dam."
TEXTED = "On Sunday night, Minister Ana Berg sent a text message to Tomas Lind about the dam."


@pytest.mark.parametrize(
    "first, then, kind",
    [
        (TEXTED, "Lind rang her back the following morning.", "message"),
        (WROTE, "On Friday, Lind called Berg to thank her for the letter.", "letter"),
        (WROTE, "In response, Lind phoned Berg on Friday.", "letter"),
        (WROTE, "Lind telephoned Berg on Friday in response to the letter.", "letter"),
        (WROTE, "In reply, Lind telephoned Berg on Friday.", "letter"),
    ],
)
def test_a_call_that_its_clause_makes_an_answer_answers_the_letter(first: str, then: str, kind: str) -> None:
    assert observed(run(report(first, then))) == sorted(
        [(kind, BERG, (LIND,), ""), ("call", LIND, (BERG,), BERG)]
    )


@pytest.mark.parametrize(
    "then, expected",
    [
        # a call with nothing in its clause that makes it an answer
        ("On Friday, Lind telephoned Berg.", [("call", LIND, (BERG,), "")]),
        # thanks for something that is no communication
        ("On Friday, Lind telephoned Berg to thank her for her support.", [("call", LIND, (BERG,), "")]),
        # 'in response' on a call for something: no call, and no reply letter either
        ("In response, Lind called for calm.", []),
    ],
)
def test_a_call_or_an_answer_that_is_not_both(
    then: str, expected: list[tuple[str, str, tuple[str, ...], str]]
) -> None:
    assert observed(run(report(WROTE, then))) == sorted([("letter", BERG, (LIND,), ""), *expected])


def test_a_call_back_answers_only_what_the_one_called_sent_the_caller() -> None:
    text = (
        "President Ana Berg wrote to Prime Minister Jonas Kettle on 2 March.",
        "On Friday, Tomas Lind rang her back.",
    )
    assert observed(run(report(*text))) == sorted(
        [("letter", BERG, ("Jonas Kettle",), ""), ("call", LIND, (BERG,), "")]
    )
