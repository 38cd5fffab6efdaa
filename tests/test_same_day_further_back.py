"""'On the same day' is the day the text last named, even with quotes and comment between (up to four
paragraphs back); further back it is the report's own day. Invented names; report dated Thursday 14
March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run

FIRST = (
    "President Ana Holm received on Sunday a telephone call from Omar Haddad, the leader of the Unity Party."
)
BETWEEN = [
    'According to a statement, Haddad told Holm that the talks "will go on".',
    'Holm, for her part, said the border "will stay open", the statement said.',
    "The two leaders last met in the spring.",
]


def _varga_day(*paragraphs: str) -> str:
    comms = run(report(*paragraphs)).extraction.communications
    return next(str(c.date.earliest) for c in comms if any(r.name == "Tomas Varga" for r in c.recipients))


@pytest.mark.parametrize(
    "last",
    [
        "On the same day, Holm also spoke by phone with President Tomas Varga of Ostmark.",
        "Holm also phoned President Tomas Varga of Ostmark on the same day.",
        "That same day, Holm wrote to President Tomas Varga of Ostmark.",
    ],
)
def test_the_same_day_is_the_day_last_named(last: str) -> None:
    assert _varga_day(FIRST, *BETWEEN, last) == "2024-03-10"


def test_the_same_day_far_from_any_day_named_is_the_reports() -> None:
    far = [
        FIRST,
        *BETWEEN,
        "Trade between the two states has doubled.",
        "Both sides want more.",
        "Talks go on.",
    ]
    assert (
        _varga_day(*far, "On the same day, Holm also spoke by phone with President Tomas Varga.")
        == "2024-03-14"
    )
