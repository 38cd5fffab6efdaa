"""A phrase of setting after the closing comma of a relative clause belongs to the main clause: "A and B
discussed the shipwreck off the Ngazi coast, in which 61 migrants died, during a telephone call" is A's call
with B, never one made by those who died (whatever the parser hung the phrase on)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ilse Marr spoke about the shipwreck off the Ngazi coast, where 61 migrants died, during a "
        "telephone call with President Haja Rakoto on Thursday.",
        "Prime Minister Ilse Marr discussed the floods in Ngazi, which killed 40 people, with President Haja Rakoto "
        "in a phone call on Thursday.",
        "Prime Minister Ilse Marr and President Haja Rakoto discussed the shipwreck off the Ngazi coast, in which 61"
        " migrants died, during a telephone call on Thursday.",
    ],
)
def test_the_call_is_the_main_clause_s(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Ilse Marr", ("Haja Rakoto",))]
