"""'A phone call between A and B', read left to right (invented sentences; the report is dated Thursday 14
March 2024): the parser often hangs the first side on the second ('President A and Chancellor' as a
modifier of B) or leaves one name untagged; each side of the one 'and' names one party."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "A phone call between Ana Ruiz and Tomas Berg produced agreement on a meeting.",
        "Monday's phone call between President Ana Ruiz and Chancellor Tomas Berg produced agreement on a meeting.",
        "The phone call between Freedonia's Ana Ruiz and Sylvania's Tomas Berg lasted an hour.",
        "Monday's phone call between Freedonia's Ana Ruiz and Sylvania's Tomas Berg produced agreement on a meeting.",
    ],
)
def test_each_side_of_between_names_one_party(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Ana Ruiz", ("Tomas Berg",))]


def test_three_sides_keep_every_party() -> None:
    [(kind, sender, recipients)] = found_acts(
        "A phone call between Ana Ruiz, Tomas Berg and Vera Holm took place on Monday."
    )
    assert {sender, *recipients} == {"Ana Ruiz", "Tomas Berg", "Vera Holm"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A phone call between the presidential office and the ministry took place on Monday.",
        "Talks between Freedonia and Sylvania resumed on Monday.",
    ],
)
def test_sides_naming_no_one_make_no_call(sentence: str) -> None:
    assert found_acts(sentence) == []
