"""The offices of faiths are offices like any other: 'the archbishop', 'the bishop of X', 'the Grand Mufti'
resolve to the one the report titled so; and a message of thanks (a medium of its own) after a call is a
message, not a word said in the call. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

CALL = ("call", "Maria Holm", ("Tomas Lind",), "")


@pytest.mark.parametrize(
    "title, verb",
    [("Archbishop", "sent"), ("Archbishop", "conveyed"), ("Cardinal", "sent"), ("Patriarch", "conveyed")],
)
def test_a_message_to_the_prelate_after_a_call_is_a_message(title: str, verb: str) -> None:
    text = (
        f"{title} Maria Holm held a call with Bishop Tomas Lind on Tuesday.",
        f"Lind {verb} a message of thanks to the {title.lower()} on Thursday.",
    )
    assert observed(run(report(*text))) == sorted([CALL, ("message", "Tomas Lind", ("Maria Holm",), "")])


def test_the_bishop_who_replies_is_the_bishop_written_to() -> None:
    text = (
        "Cardinal Maria Holm wrote to the bishop of Eastvale, Tomas Lind, on Monday.",
        "The bishop replied on Wednesday.",
    )
    assert observed(run(report(*text))) == sorted(
        [
            ("letter", "Maria Holm", ("Tomas Lind",), ""),
            ("letter", "Tomas Lind", ("Maria Holm",), "Maria Holm"),
        ]
    )


def test_a_bishops_word_with_no_one_written_to_is_no_letter() -> None:
    assert (
        observed(run(report("The bishop said on Sunday that a letter had been sent to all parishes."))) == []
    )
