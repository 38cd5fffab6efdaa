"""An act told only as what a story says, which the next sentence denies, is no communication: "Local media
reported that A had spoken by telephone with B. The palace denied the report." Invented sentences."""

from __future__ import annotations

import pytest

from test_extract import found_acts

STORY = "Local media reported that President Adam Krol had spoken by telephone with King Ulf."


@pytest.mark.parametrize(
    "denial",
    [
        "The palace denied the report.",
        'A palace spokesman dismissed the report. "There was no call," he said.',
        "President Adam Krol spoke by telephone with King Ulf, local media reported. The palace denied the report.",
    ],
)
def test_a_story_denied_next(denial: str) -> None:
    paragraphs = [denial] if denial.startswith("President") else [STORY, denial]
    assert found_acts(*paragraphs) == []


@pytest.mark.parametrize("after", ["The palace confirmed the report.", "The palace denied any wrongdoing."])
def test_a_story_not_denied(after: str) -> None:
    assert found_acts(STORY, after) == [("call", "Adam Krol", ("Ulf",))]
