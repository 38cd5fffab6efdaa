"""A reply whose writer and addressee are named, to a letter the report does not tell: 'A's reply to B
was published', 'B received A's reply', 'A's response reached B' (a letter
from A to B; with B's letter told before, the answer to it). The possessive before the reply is a cue
of the prefilter. Look-alikes: a reply to reporters, to a speech, in a debate, or still awaited is no
letter. Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_patterns import acts, observed, report, run

A, B = "Harald Lund", "Ana Berg"


@pytest.mark.parametrize(
    "text",
    [
        f"King {A}'s reply reached President {B} on Friday.",
        f"King {A}’s response reached President {B} on Friday.",
        f"King {A}'s reply to President {B} was published on Friday.",
        f"President {B} received King {A}'s reply on Friday.",
    ],
)
def test_a_reply_to_something_unreported_is_a_letter_between_the_named(text: str) -> None:
    assert acts(text) == [("letter", A, (B,))]


@pytest.mark.parametrize(
    "second",
    [
        "Berg received Lund's reply on Friday.",
        "In his reply to Berg on Friday, Lund said the grain would come.",
    ],
)
def test_with_the_letter_told_before_the_reply_answers_it(second: str) -> None:
    text = f"President {B} wrote to King {A} on Monday. {second}"
    assert observed(run(report(text))) == [("letter", B, (A,), ""), ("letter", A, (B,), B)]


@pytest.mark.parametrize(
    "text",
    [
        f"In his reply to reporters on Friday, King {A} said the grain would come.",
        f"In his reply to President {B} on Friday, King {A} said the grain would come.",
        f"In response to President {B}, King {A} said on Tuesday that the grain would come.",
        f"King {A}'s response to President {B}'s speech was cool.",
        f"In his reply to President {B} during the debate, King {A} said the grain would come.",
        f"President {B} is still waiting for King {A}'s reply.",
        f"{A}'s answer to the question of grain was clear, President {B} said.",
    ],
)
def test_replies_told_or_awaited_without_a_letter_are_none(text: str) -> None:
    assert acts(text) == []
