"""Two tellings with their own dates are two acts ("A and B talked on 13 March ... A conversation between
them took place on 4 February"); a date in a clause of another event ("after he was elected on 2 March",
"since A took office last week") dates that event, never the act. Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, report, run


@pytest.mark.parametrize(
    "second",
    [
        "Before that, a telephone call between them had been held on 4 February.",
        "An earlier phone call between them was held on 4 February.",
        "A first phone call between them had been held on 4 February.",
    ],
)
def test_two_days_two_calls(second: str) -> None:
    acts = found_acts(
        "Premier Ana Berg held phone talks with Chancellor Olaf Brandt on 13 March.", second, headline="Talks"
    )
    assert len([a for a in acts if a[0] == "call"]) == 2, acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Premier Ana Berg wrote to Chancellor Olaf Brandt after he was elected on 2 March.",
        "Premier Ana Berg wrote to Chancellor Olaf Brandt, whom she had not met since he took office on 2 March.",
        "Premier Ana Berg phoned Chancellor Olaf Brandt before the polls closed on 2 March.",
    ],
)
def test_date_of_another_clause(sentence: str) -> None:
    comms = run(report(sentence)).extraction.communications
    assert comms and all(dt.date(2024, 3, 2) not in (c.date.earliest, c.date.latest) for c in comms), [
        c.date for c in comms
    ]
