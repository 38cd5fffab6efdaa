"""'In response, B ...' after A's letter: a reply when B says, writes, thanks or promises something, or
calls A (the call is then the reply, no letter beside it); an action when B closes a border, sends troops
or calls a meeting. Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_patterns import observed, report, run

A, B = "Ana Berg", "Harald Lund"
LETTER = f"President {A} wrote to King {B} on Monday."
SENT = ("letter", A, (B,), "")


@pytest.mark.parametrize(
    "second",
    [
        "In response, Lund closed the border on Friday.",
        "In response, Lund sent troops to the border.",
        "In response, Lund called a meeting of his ministers on Friday.",
    ],
)
def test_an_action_in_response_is_no_reply(second: str) -> None:
    assert observed(run(report(f"{LETTER} {second}"))) == [SENT]


@pytest.mark.parametrize(
    "second",
    [
        "In response, Lund phoned Berg on Friday.",
        "In reply, Lund telephoned Berg on Friday.",
        "Lund phoned Berg on Friday in response.",
    ],
)
def test_a_call_in_response_is_the_reply(second: str) -> None:
    assert observed(run(report(f"{LETTER} {second}"))) == [("call", B, (A,), A), SENT]


@pytest.mark.parametrize(
    "second",
    [
        "In response, Lund said on Friday that the border would stay open.",
        "In response, Lund thanked Berg and promised grain.",
        "In reply, Lund appreciated her concern and wished her people well.",
    ],
)
def test_words_in_response_are_the_reply_letter(second: str) -> None:
    assert observed(run(report(f"{LETTER} {second}"))) == [SENT, ("letter", B, (A,), A)]
