"""Writing or calling only threatened, vowed, offered or pledged is no act yet: 'A threatened to write to
B', 'A vowed to call B', 'A has offered to phone B', 'A pledged to send a letter to B'. Look-alikes: the
act done, with a threat or an offer as its content or beside it, stays an act. Invented sentences."""

from __future__ import annotations

import pytest

from test_patterns import acts

A, B = "Ramon Villa", "Ana Berg"


@pytest.mark.parametrize(
    "text",
    [
        f"Mayor {A} threatened on Wednesday to write to the President if the agency did not act.",
        f"Mayor {A} on Wednesday vowed to call President {B}.",
        f"Mayor {A} has offered to phone President {B}.",
        f"Mayor {A} pledged to send a letter to President {B} before the vote.",
    ],
)
def test_an_act_only_threatened_or_offered_is_none(text: str) -> None:
    assert acts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"Mayor {A} wrote to President {B} on Monday, threatening to resign.",
        f"Mayor {A}, who had threatened to resign, wrote to President {B} on Monday.",
        f"Mayor {A} phoned President {B} on Monday and offered to mediate.",
        f"Mayor {A} offered to mediate in a letter to President {B} on Monday.",
        f"Mayor {A} pledged to build the bridge in a letter to President {B}.",
    ],
)
def test_an_act_done_with_a_threat_or_offer_stays(text: str) -> None:
    assert len(acts(text)) == 1
