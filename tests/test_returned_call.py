"""'B returned the call', 'B returned A's call', 'B returned a phone call from A': B called A back, in
answer to A's call; a call not returned is none. Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies

CALLED = "President Aldo Verran of Freedonia telephoned Prime Minister Kesi Orlamo of Sylvania on 2 March."


@pytest.mark.parametrize(
    "back",
    [
        "Orlamo returned the call on Tuesday.",
        "Orlamo returned Verran's call on Tuesday.",
        "The Sylvanian prime minister returned the Freedonian president's call on Tuesday.",
    ],
)
def test_a_returned_call_answers_the_call(back: str) -> None:
    assert found_replies(CALLED, back) == [
        ("Aldo Verran", ("Kesi Orlamo",), ""),
        ("Kesi Orlamo", ("Aldo Verran",), "Aldo Verran"),
    ]


def test_a_call_returned_from_one_named_on_it() -> None:
    got = found_acts(
        "Prime Minister Kesi Orlamo of Sylvania returned a phone call from President Aldo Verran on Tuesday."
    )
    assert ("call", "Kesi Orlamo", ("Aldo Verran",)) in got


@pytest.mark.parametrize(
    "paragraphs",
    [
        [CALLED, "Orlamo did not return the call."],
        [
            "President Aldo Verran of Freedonia criticised the dam.",
            "A spokesman for Verran did not return calls seeking comment.",
        ],
        ["President Aldo Verran of Freedonia returned the call for a ceasefire to the agenda of the summit."],
    ],
)
def test_no_call_back_where_none_was_made(paragraphs: list[str]) -> None:
    assert [a for a in found_acts(*paragraphs) if a[1] != "Aldo Verran"] == []
