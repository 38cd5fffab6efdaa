"""Names inside one report: 'the latter' after three people ('A met B and C ... he phoned the latter'),
an epithet of age ('The 71-year-old received a call from B' after the person was named), a role with
its holder in apposition as an object ('emailed/phoned the chief medical officer, B,').
Invented sentences; helpers and names of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import D, H, L, Obs, observed
from test_patterns import param as case

CASES = [
    case("names/the-latter-of-three", "call H>D",
         f"{H} met {L} and {D} in January.", "On Tuesday she phoned the latter."),
    case("names/the-latter-of-two-wrote", "letter H>L",
         f"{H} met {L} in January.", "On Tuesday she wrote to the latter."),
    case("names/age-epithet-received-a-call", "call L>H",
         f"{H} was re-elected on Sunday.", f"The 71-year-old received a call from {L} on Tuesday."),
    case("names/emailed-a-role-with-its-holder", "message H>L",
         f"{H} emailed the chief medical officer, Dr Jonas Lindqvist, on 2 March asking for data."),
    case("names/phoned-a-role-with-its-holder", "call H>L",
         f"{H} phoned the chief medical officer, Jonas Lindqvist, on Tuesday."),
    case("names/role-with-its-holder-in-brackets", "call H>L",
         f"{H} this morning held a telephone conversation with the Prime Minister of Vestria (Mr Jonas Lindqvist)."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_names_inside_one_report(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected
