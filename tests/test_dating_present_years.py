"""A year named in passing governs a later day without a year only when it opens an account of the
past: not in a clause told in the present ("the 1911 award is not on the agenda") nor in a 'since'
phrase. And a name the recogniser leaves untagged where it owns a letter ("Replying to Ana Ruiz's
letter") is a person. The report is dated Thursday 14 March 2024. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from test_dating_placed import dated
from test_extract import report, run

D = dt.date


@pytest.mark.parametrize(
    "before",
    [
        "Prime Minister Tomas Berg said the 1911 border award is not on the agenda.",
        "Freedonia has not recognised the claim Sylvania has maintained since the award of 1911.",
        "The treaty of 1911 remains in force, Berg said.",
        "Sylvania will never accept the 1911 award, its foreign minister says.",
    ],
)
def test_a_year_told_as_now_governs_no_later_day(before: str) -> None:
    act = "On 2 March, President Ana Ruiz wrote to Prime Minister Tomas Berg."
    assert dated(before, act) == [("letter", "Ana Ruiz", D(2024, 3, 2), D(2024, 3, 2))]


@pytest.mark.parametrize(
    "before",
    [
        "The crisis of 1921 split the cabinet.",
        "The border treaty of 1921 was signed in haste.",
        "The 1921 crisis had split the cabinet.",
    ],
)
def test_a_year_of_a_past_account_still_governs(before: str) -> None:
    act = "On 2 March, President Ana Ruiz wrote to Prime Minister Tomas Berg."
    assert dated(before, act) == [("letter", "Ana Ruiz", D(1921, 3, 2), D(1921, 3, 2))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Replying to Ana Ruiz's letter of 2 March, Tomas Berg wrote that he was ready for talks.",
        "Tomas Berg rejected Ana Ruiz's letter of 2 March.",
        "In answer to Ana Ruiz's message of 2 March, Tomas Berg wrote that he was ready for talks.",
    ],
)
def test_an_untagged_name_that_owns_a_letter_is_its_sender(sentence: str) -> None:
    senders = {(s, e) for _, s, e, _ in dated(sentence)}
    assert any(s.startswith("Ana") and s.endswith("Ruiz") and e == D(2024, 3, 2) for s, e in senders), senders


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Berg rejected Foreign Office's letter of 2 March.",
        "Tomas Berg rejected Sylvania's letter of 2 March.",
    ],
)
def test_a_body_that_owns_a_letter_is_no_person(sentence: str) -> None:
    rep = run(report(sentence))
    assert not any(
        p.name in ("Foreign Office", "Sylvania") for p in rep.extraction.parties if p.ptype == "person"
    )
