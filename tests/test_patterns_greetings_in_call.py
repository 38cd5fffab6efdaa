"""Greetings extended or conveyed (not sent) in a paragraph that tells of a phone call are said in the
call, no message of their own ('A spoke on the phone with B. ... A extended his greetings to B on the
festival'). Look-alikes: greetings extended with no call told, and greetings sent in a later paragraph,
stay messages. Invented names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ravi Menon spoke on the phone today with President Musa Danjuma. The two leaders reviewed"
        " bilateral cooperation. Prime Minister extended his greetings to President Danjuma on the upcoming festival.",
        "Prime Minister Ravi Menon held a telephone conversation with President Musa Danjuma on Monday. Menon"
        " conveyed his greetings to Danjuma on the national day.",
        "President Musa Danjuma received a phone call from Prime Minister Ravi Menon on Monday. Menon expressed"
        " his condolences to Danjuma over the floods.",
    ],
)
def test_greetings_in_a_call_paragraph_are_the_call(text: str) -> None:
    acts = found_acts(text)
    assert [a for a in acts if a[0] != "call"] == [] and len(acts) == 1


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Prime Minister Ravi Menon extended his greetings to President Musa Danjuma on the national day.",),
        ("Prime Minister Ravi Menon spoke on the phone today with President Musa Danjuma.",
         "On Monday, Menon also sent his greetings to King Hamad Alani on the national day."),
    ],
)  # fmt: skip
def test_greetings_without_a_call_stay_messages(paragraphs: tuple[str, ...]) -> None:
    assert any(kind == "message" for kind, _, _ in found_acts(*paragraphs))
