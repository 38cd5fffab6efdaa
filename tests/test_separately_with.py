"""'A spoke by phone with B, welcoming her decision, and separately with C': the second 'with' is joined to
the participle by the parser, yet it names a second call of A's; a 'with' inside the participle's own
phrase ('discussing trade with the Union') names no one spoken with."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Vice President Leo Kranz also spoke by phone today with President Ana Berg, welcoming her decision to "
        "hold talks, and separately with Prime Minister Marek Novak.",
        "Leo Kranz spoke by telephone on Monday with President Ana Berg, thanking her for her support, and "
        "separately with Prime Minister Marek Novak.",
    ],
)
def test_two_calls(sentence: str) -> None:
    got = found_acts(sentence)
    assert ("call", "Leo Kranz", ("Ana Berg",)) in got and ("call", "Leo Kranz", ("Marek Novak",)) in got, got


def test_a_with_inside_the_participle_is_no_call() -> None:
    got = found_acts(
        "President Leo Kranz spoke by phone with Ana Berg, discussing trade with Marek Novak's team."
    )
    assert got == [("call", "Leo Kranz", ("Ana Berg",))], got
