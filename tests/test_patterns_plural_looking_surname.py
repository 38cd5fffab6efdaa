"""A surname the tagger reads as a plural noun ('Tavares proposed', 'Morales wrote') is still the person
the report names, not 'leaders' or 'officials' with no single party: 'In his letter, dated August 12,
Tavares proposed ...' is Tavares's letter and carries its own date. Invented names; report dated
Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        (
            "The palace on Monday released the exchange of letters between President Marcos Antônio Tavares and"
            " Angolan President Manuel dos Santos Kiala on a joint fund.",
            "In his letter, dated August 12, Tavares proposed that the two countries each contribute money.",
            "In his reply, dated August 26, Kiala welcomed the proposal.",
        ),
        (
            "The palace on Monday released the exchange of letters between President Luis Morales and King Olav"
            " Brenn on a joint fund.",
            "In his letter, dated August 12, Morales proposed that the two countries each contribute money.",
            "In his reply, dated August 26, Brenn welcomed the proposal.",
        ),
    ],
)
def test_a_plural_looking_surname_is_the_person(first: str, second: str, third: str) -> None:
    rep = run(report(first, second, third))
    dates = {
        c.sender.name: (str(c.date.earliest), str(c.date.latest))
        for c in rep.extraction.communications
        if c.sender
    }
    assert sorted(dates.values()) == [("2023-08-12", "2023-08-12"), ("2023-08-26", "2023-08-26")]
    replies = [o for o in observed(rep) if o[3]]
    assert len(replies) == 1 and replies[0][1] != replies[0][3]


def test_two_leaders_stay_no_single_party() -> None:
    rep = run(report("The two leaders wrote to President Luis Morales on Monday."))
    assert observed(rep) == []
