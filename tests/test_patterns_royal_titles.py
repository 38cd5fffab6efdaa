"""'Her Royal Highness The Crown Princess' is the crown princess the report named ('Crown Princess Maria'),
as 'His Royal Highness The Crown Prince' is the crown prince: never a party called 'Her Royal Highness'.
Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    "named, styled, who",
    [
        ("Crown Princess Maria", "Her Royal Highness The Crown Princess", "Maria"),
        ("Crown Prince Frederik", "His Royal Highness The Crown Prince", "Frederik"),
        ("Princess Maria", "Her Royal Highness The Princess", "Maria"),
    ],
)
def test_a_royal_style_with_the_title_is_the_royal_named(named: str, styled: str, who: str) -> None:
    text = (
        f"King Aurel IV marked the National Day, and {named} carried out first engagements.",
        f"{styled} this afternoon spoke by telephone with Dr Tomas Lind about the floods.",
    )
    assert observed(run(report(*text))) == [("call", who, ("Tomas Lind",), "")]
