"""'with her X and Y counterparts': one call with the counterpart of each place, each the person the report
names for it; a place is never a party. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _calls(*paragraphs: str) -> set[tuple[str, str, str]]:
    comms = run(report(*paragraphs)).extraction.communications
    return {
        (c.sender.name if c.sender else "", r.name, str(c.date.earliest))
        for c in comms
        if c.kind == "call"
        for r in c.recipients
    }


NAMED = (
    "Sudland Foreign Minister Piet Okoro said the talks had been useful.",
    "Ostmark's Foreign Minister Lena Dahl did not comment on the calls.",
)


@pytest.mark.parametrize(
    "lead",
    [
        "Norland Foreign Minister Ana Holm held separate phone calls on Monday with her Sudland and Ostmark"
        " counterparts.",
        "Norland Foreign Minister Ana Holm spoke by phone on Monday with her Sudland and Ostmark counterparts.",
        "On Monday, Norland Foreign Minister Ana Holm had telephone conversations with her Sudland and Ostmark"
        " counterparts, her ministry said.",
    ],
)
def test_one_call_with_the_counterpart_of_each_place(lead: str) -> None:
    calls = _calls(lead, *NAMED)
    assert ("Ana Holm", "Piet Okoro", "2024-03-11") in calls
    assert ("Ana Holm", "Lena Dahl", "2024-03-11") in calls
    assert not any(r in ("Sudland", "Ostmark") for _, r, _ in calls)


def test_the_counterparts_named_before_the_call() -> None:
    calls = _calls(
        *NAMED,
        "Norland Foreign Minister Ana Holm spoke by phone on Monday with her Sudland and Ostmark counterparts.",
    )
    assert {r for _, r, _ in calls} == {"Piet Okoro", "Lena Dahl"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Norland Foreign Minister Ana Holm spoke by phone on Monday with her French and German counterparts.",
        ),
        (
            "Norland Foreign Minister Ana Holm spoke by phone on Monday with her Sudland and Ostmark counterparts.",
            "Sudland Foreign Minister Piet Okoro said the talks had been useful.",
        ),
    ],
)
def test_no_place_becomes_a_party_when_a_counterpart_is_not_named(paragraphs: tuple[str, ...]) -> None:
    calls = _calls(*paragraphs)
    assert not any(r in ("Sudland", "Ostmark", "French", "German") for _, r, _ in calls)
