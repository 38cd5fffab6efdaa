"""'B had taken her call': one does not take one's own call, so 'her' is the caller, another than B.
Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Premier Joanne Kellaway informed the House that the Prime Minister, Graham Thorne, had taken her call late"
        " on Sunday night.",
        "Premier Joanne Kellaway said Prime Minister Graham Thorne took her call on Sunday.",
    ],
)
def test_her_call_is_the_other_ones(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Joanne Kellaway", ("Graham Thorne",))]


def test_returning_her_call_is_calling_her_back() -> None:
    assert found_acts(
        "Premier Joanne Kellaway said that Prime Minister Graham Thorne had returned her call on Sunday."
    ) == [("call", "Graham Thorne", ("Joanne Kellaway",))]


def test_took_his_letter_is_no_call() -> None:
    got = found_acts(
        "Premier Joanne Kellaway said Prime Minister Graham Thorne took his letter to the meeting."
    )
    assert all(k != "call" for k, _s, _r in got)
