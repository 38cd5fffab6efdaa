"""A person takes an office a verb of taking office names ("was elected president of Sylvania", "became
prime minister", "was sworn in as president"): the office is theirs, and a description of it later is
them. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import sent_pairs


@pytest.mark.parametrize(
    ("first", "second", "holder"),
    [
        (
            "Jon Sand became prime minister of Ostmark last week.",
            "Chancellor Mia Lund telephoned the new prime minister on Tuesday.",
            "Jon Sand",
        ),
        (
            "Last month Prof Ana Berg was elected president of Sylvania.",
            "On Monday, King Olaf sent a message of good wishes to the Sylvanian president.",
            "Ana Berg",
        ),
        (
            "Ambassador Tor Vik was named foreign minister of Ostmark on Friday.",
            "Minister Ana Berg called the new foreign minister on Monday.",
            "Tor Vik",
        ),
    ],
)
def test_the_office_taken_is_the_holder_s(first: str, second: str, holder: str) -> None:
    pairs = sent_pairs(first, second)
    assert len(pairs) == 1 and holder in next(iter(pairs)), pairs


def test_an_office_named_twice_for_one_person_is_one_addressee() -> None:
    from test_extract import report, run

    rep = run(
        report(
            "Ivo Kral was chosen as Chair of the Workers' Council.",
            "King Olaf sent a note to Chair of the Workers' Council and President Ivo Kral.",
        )
    )
    for c in rep.extraction.communications:
        names = [r.name for r in c.recipients]
        assert len(names) == len(set(names)), names
