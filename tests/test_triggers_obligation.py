"""What is not (yet) done: a headline's 'A to call B' with a trailing attribution ('A to call B over
border standoff, says aide'), and an obligation ('X and Y must speak with one voice'). Look-alikes: a
headline told in the past with its attribution ('A called B over standoff, says aide') stays an act.
Invented names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_acts

BODY = "President Ivo Stan accused President Maria Cerva of stalling the border talks on Monday."


@pytest.mark.parametrize(
    "headline",
    [
        "Stan to call Cerva over border standoff, says aide",
        "President Stan to phone President Cerva next week, sources say",
        "Stan to write to Cerva over river dispute, ministry says",
    ],
)
def test_a_headline_future_with_attribution_is_no_act(headline: str) -> None:
    assert found_acts(BODY, headline=headline) == []


CALL = "President Ivo Stan spoke by telephone with President Maria Cerva on Monday."


@pytest.mark.parametrize(
    "text",
    [
        'According to President Stan, "Sola and Dravia must speak with one voice."',
        "President Stan said the two foreign ministers must speak with each other soon.",
        "The ministers of Sola and Dravia must talk before the summit, President Stan said.",
    ],
)
def test_an_obligation_is_no_act(text: str) -> None:
    assert found_acts(CALL, text) == [("call", "Ivo Stan", ("Maria Cerva",))]


def test_a_past_headline_with_attribution_stays() -> None:
    acts = found_acts(
        "President Ivo Stan phoned President Maria Cerva on Monday about the border.",
        headline="Stan called Cerva over border standoff, says aide",
    )
    assert acts == [("call", "Ivo Stan", ("Maria Cerva",))]
