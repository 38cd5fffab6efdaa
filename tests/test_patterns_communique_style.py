"""Constructions of translated communiques and agency copy (invented sentences; the report is dated
Thursday 14 March 2024): an object set off from its verb by commas, a place-and-dash dateline in title
case, a letter carried by a minister after its sender is named, the call 'both leaders held', and a
counterpart who holds the office of the one whose counterpart he is."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run

D = dt.date


def comms(*paragraphs: str, headline: str | None = None) -> list[tuple[str, str, tuple[str, ...], D | None]]:
    rep = run(report(*paragraphs, headline=headline) if headline else report(*paragraphs))
    return sorted(
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), c.date.earliest)
        for c in rep.extraction.communications
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The President of the Republic, Ana Ruiz, received this Monday (11), at the palace, a letter from the prime "
        "minister of Sylvania, Tomas Berg, in which he proposes a commission.",
        "President Ana Ruiz received on Monday, in her office, a letter from Prime Minister Tomas Berg.",
        "President Ana Ruiz received on Monday, at the palace, a message from Prime Minister Tomas Berg.",
    ],
)
def test_an_object_set_off_by_commas_is_the_verbs(sentence: str) -> None:
    [(_, sender, recipients, date)] = comms(sentence)
    assert (sender, recipients, date) == ("Tomas Berg", ("Ana Ruiz",), D(2024, 3, 11))


def test_a_place_set_off_by_commas_with_its_own_apposition_is_no_object() -> None:
    sentence = "President Ana Ruiz received on Monday, at the palace, the seat of government, Prime Minister Tomas Berg."
    assert comms(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Port Amber – The president of Freedonia, Ana Ruiz, has written to Prime Minister Tomas Berg about the river.",
        "East Port Amber – The Freedonian president, Ana Ruiz, wrote to Prime Minister Tomas Berg on Monday.",
        "Amber – The head of state of Freedonia, Ana Ruiz, has written to Prime Minister Tomas Berg about the river.",
    ],
)
def test_a_title_case_place_and_a_dash_open_the_story(sentence: str) -> None:
    [(kind, sender, recipients, _)] = comms(sentence)
    assert (kind, sender, recipients) == ("letter", "Ana Ruiz", ("Tomas Berg",))


@pytest.mark.parametrize(
    "carried",
    [
        "The letter was delivered by Foreign Minister Pavel Ostrov.",
        "The missive was handed over in person by the Freedonian foreign minister, Pavel Ostrov.",
        "The message was conveyed to Berg by Deputy Foreign Minister Pavel Ostrov.",
    ],
)
def test_whoever_carried_a_letter_told_before_is_not_its_sender(carried: str) -> None:
    told = "President Ana Ruiz sent a letter to Prime Minister Tomas Berg on Monday."
    assert comms(told, carried) == [("letter", "Ana Ruiz", ("Tomas Berg",), D(2024, 3, 11))]


def test_a_letter_sent_by_a_minister_is_his() -> None:
    sentence = "The letter was sent by Foreign Minister Pavel Ostrov to Prime Minister Tomas Berg on Monday."
    assert comms(sentence) == [("letter", "Pavel Ostrov", ("Tomas Berg",), D(2024, 3, 11))]


@pytest.mark.parametrize(
    "call",
    [
        "The letter follows the telephone conversation that the two leaders held on 2 March.",
        "The letter follows the telephone call which both leaders held on 2 March.",
        "The letter follows a telephone conversation the two leaders had on 2 March.",
    ],
)
def test_the_call_the_two_leaders_held(call: str) -> None:
    told = "President Ana Ruiz wrote to Prime Minister Tomas Berg on Monday."
    assert comms(told, call) == [
        ("call", "Ana Ruiz", ("Tomas Berg",), D(2024, 3, 2)),
        ("letter", "Ana Ruiz", ("Tomas Berg",), D(2024, 3, 11)),
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Ruiz receives letter from Sylvanian counterpart",
        "President Ruiz gets a letter from her Sylvanian counterpart",
    ],
)
def test_a_counterpart_holds_the_same_office(headline: str) -> None:
    body = (
        "The letter was handed over on Wednesday by the Sylvanian foreign minister, Pavel Ostrov, to President Ana "
        "Ruiz.",
        "In it, President Tomas Berg of Sylvania proposed talks.",
    )
    assert [(s, r) for _, s, r, _ in comms(*body, headline=headline)] == [("Tomas Berg", ("Ana Ruiz",))]
