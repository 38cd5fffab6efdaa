"""'A wrote to Prime Minister B ... The Foreign Ministry responded to the letter': a body answers 'the letter'
told before though it was written to its head or government; a person answers only what was sent to them
(invented names)."""

from __future__ import annotations

import pytest

from test_extract import report, run

FIRST = (
    "Ana Lind wrote to Prime Minister Karl Berg of Norland on Tuesday, urging him to apologize to the miners."
)


def _acts(*paragraphs: str) -> list[tuple[str, tuple[str, ...], bool]]:
    rep = run(report(*paragraphs))
    return [
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), c.in_reply_to is not None)
        for c in rep.extraction.communications
    ]


@pytest.mark.parametrize(
    ("answer", "body"),
    [
        ("The Norland Foreign Ministry responded to the letter on Wednesday.", "Norland Foreign Ministry"),
        (
            "The Norland Foreign Ministry replied to the letter on Wednesday, calling it unfair.",
            "Norland Foreign Ministry",
        ),
        ("On Wednesday the Norland Labour Ministry answered the letter.", "Norland Labour Ministry"),
    ],
)
def test_a_body_answers_the_letter_its_head_was_sent(answer: str, body: str) -> None:
    found = _acts(FIRST, answer)
    assert ("Ana Lind", ("Karl Berg",), False) in found
    assert any(s.endswith(body) and r == ("Ana Lind",) and linked for s, r, linked in found)


@pytest.mark.parametrize(
    "answer",
    [
        "Piet Okoro, a miners' leader, responded to the letter on Wednesday.",  # a person it was not sent to
        "The Norland Foreign Ministry responded to its own letter of May on Wednesday.",  # another letter
    ],
)
def test_no_answer_to_a_letter_sent_to_another(answer: str) -> None:
    found = _acts(FIRST, answer)
    assert not any(r == ("Ana Lind",) for _, r, _ in found)
