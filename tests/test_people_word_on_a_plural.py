"""'her message to Kazakh students', 'a letter to Kenyan voters': a people's word on a plural of people names
those people, never their state (the report may know the state from a capital, "arrived in Astana"). An
office in the plural stays the offices ("the Kazakh and Kyrgyz presidents"). Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "then",
    [
        "Asked what her message to Kazakh students is, she hesitates, then laughs.",
        "She says her letter to Kazakh pensioners was never answered.",
    ],
)
def test_a_people_s_word_on_a_plural_is_no_state(then: str) -> None:
    acts = found_acts("Ambassador Ana Berg arrived in Astana last month.", then)
    assert not any("Kazakhstan" in r for _k, _s, rs in acts for r in rs)
