"""'President A has sent a letter to Prime Minister B ... Special envoy C delivered the letter to B': the
letter told before, which the envoy only carried; no letter of the envoy's own."""

from __future__ import annotations

import pytest

from test_extract import found_acts

FIRST = "President Han Min-seo has sent a personal letter to Prime Minister Kenji Morita, her office said."


@pytest.mark.parametrize(
    "second",
    [
        "Special envoy Park Jae-won, a former foreign minister, delivered the letter to Morita on Monday.",
        "The letter was delivered to Morita on Monday by special envoy Park Jae-won.",
        "Ambassador Park Jae-won handed the letter to Morita in Tokyo on Monday.",
    ],
)
def test_the_envoy_only_carried_it(second: str) -> None:
    assert found_acts(FIRST, second) == [("letter", "Han Min-seo", ("Kenji Morita",))]


def test_the_writer_who_delivers_it_himself_still_writes() -> None:
    acts = found_acts(
        "Prime Minister Kenji Morita delivered a letter to President Han Min-seo in Seoul on Monday."
    )
    assert acts == [("letter", "Kenji Morita", ("Han Min-seo",))]
