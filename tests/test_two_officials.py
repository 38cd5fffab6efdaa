"""'the two officials', 'both officials': the pair the report named, told by their office; aides and
officials uncounted act for others and are no side of the call. Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts

MET = "President Aldo Verran of Freedonia and Prime Minister Kesi Orlamo of Sylvania met in Geneva in May."
HOSTED = (
    "President Aldo Verran of Freedonia hosted Prime Minister Kesi Orlamo of Sylvania in Freeport in May."
)


@pytest.mark.parametrize(
    "paragraphs",
    [
        [MET, "On Tuesday, both officials spoke by telephone about the river."],
        [MET, "The two officials also talked by phone on Tuesday."],
        [HOSTED, "On Tuesday the two officials spoke on the telephone about the dam."],
    ],
)
def test_two_officials_are_the_pair_named_before(paragraphs: list[str]) -> None:
    assert found_acts(*paragraphs) == [("call", "Aldo Verran", ("Kesi Orlamo",))]


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday, the two aides spoke by telephone about the river.",
        "On Tuesday, officials of the two countries spoke by telephone about the river.",
        "On Tuesday, officials spoke by telephone about the river.",
    ],
)
def test_people_who_act_for_others_are_no_side(second: str) -> None:
    assert found_acts(MET, second) == []
