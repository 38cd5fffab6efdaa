"""An act told once with two days, 'on 2 March and again on 9 March', is two acts, one on each day; two
days otherwise joined ('between 2 and 9 March', 'phoned her on 2 March and met her on 9 March') stay one
act. Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run

A, B = "Tomas Kettle", "Ida Ostrova"


def dated(sentence: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    comms = run(report(sentence)).extraction.communications
    return sorted((c.kind, c.date.earliest, c.date.latest) for c in comms)


@pytest.mark.parametrize(
    "sentence, kind",
    [
        (
            f"President {A} and Chancellor {B} spoke by phone on 2 March and again on 9 March, officials said.",
            "call",
        ),
        (f"President {A} wrote to Chancellor {B} on 2 March and again on 9 March.", "letter"),
        (f"President {A} phoned Chancellor {B} on 2 March and then on 9 March.", "call"),
    ],
)
def test_an_act_done_again_on_another_day_is_two_acts(sentence: str, kind: str) -> None:
    second, ninth = dt.date(2024, 3, 2), dt.date(2024, 3, 9)
    assert dated(sentence) == [(kind, second, second), (kind, ninth, ninth)]


def test_a_meeting_on_the_second_day_is_no_second_call() -> None:
    found = dated(f"President {A} phoned Chancellor {B} on 2 March and met her on 9 March.")
    assert found == [("call", dt.date(2024, 3, 2), dt.date(2024, 3, 2))]


@pytest.mark.parametrize(
    "sentence",
    [
        f"President {A} phoned Chancellor {B} between 2 March and 9 March.",
        f"President {A} wrote to Chancellor {B} several times from 2 March to 9 March.",
    ],
)
def test_a_range_of_two_ends_dates_one_act_within_it(sentence: str) -> None:
    """'between 2 March and 9 March': some day in between (the first end alone was taken before)."""
    ((_kind, earliest, latest),) = dated(sentence)
    assert (earliest, latest) == (dt.date(2024, 3, 2), dt.date(2024, 3, 9))


@pytest.mark.parametrize("headline", ["Letter in early May", "Minister writes to counterpart"])
def test_a_headline_ending_in_a_month_stays_apart_from_the_dateline(headline: str) -> None:
    """'Letter in early May' over 'Freeport, 14 March 2024 -': 'May' is a month, not the verb 'may' that
    would carry the line on, so the dateline's day does not date the letter."""
    text = report(f"Minister {B} sent a letter to {A} in early May.", headline=headline)
    rep = run(text)
    assert rep.clean.text.startswith(headline + "\n")
    (comm,) = rep.extraction.communications
    assert (comm.date.earliest, comm.date.latest) == (dt.date(2023, 5, 1), dt.date(2023, 5, 31))
