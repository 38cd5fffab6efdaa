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


@pytest.mark.parametrize(
    "quoted",
    [
        '"Answering your letter of 9 April, I can confirm our support," she wrote.',
        'She wrote: "Many thanks for your letter of 9 April, which I read with care."',
        'She told him: "Your letter of 9 April raised fair points."',
    ],
)
def test_the_day_of_the_letter_answered_is_not_the_reply_s(quoted: str) -> None:
    acts = found_acts(
        "Chancellor Olaf Brandt wrote to Premier Ana Berg on 9 April.",
        "Berg answered with a letter dated 30 April.",
        f"In her reply, {quoted}",
        headline="Berg answers Brandt",
    )
    assert [a for a in acts if a[1] == "Ana Berg"] == [("letter", "Ana Berg", ("Olaf Brandt",))], acts
