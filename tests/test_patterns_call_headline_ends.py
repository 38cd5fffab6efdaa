"""A headline's 'A, B discuss trade in phone call', read with one end only, is the body's call of the two
however the body orders them: merging keeps both ends, never a call of one person with herself.
Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Varga, Holm discuss regional peace, rail corridor in phone call",
            "Prime Minister Tomas Varga and President Ana Holm held a phone conversation on Tuesday on the rail"
            " corridor.",
        ),
        (
            "Varga, Holm discuss regional peace in phone call",
            "President Ana Holm and Prime Minister Tomas Varga held a phone conversation on Tuesday.",
        ),
        (
            "Holm, Varga talk trade in phone call",
            "Prime Minister Tomas Varga spoke by phone with President Ana Holm on Tuesday.",
        ),
    ],
)
def test_a_headline_call_keeps_both_ends(headline: str, body: str) -> None:
    [(kind, sender, recipients, _)] = observed(run(report(body, headline=headline)))
    assert kind == "call"
    assert {sender, *recipients} == {"Tomas Varga", "Ana Holm"}
