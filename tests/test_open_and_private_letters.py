"""'Fourteen former ministers have written an open letter to B. ... A first raised his concerns in a private
letter to B in February': an open letter and a private one are two letters, never one told twice; 'The
letter was drafted / organised / initiated by A' names its author, who sends it for the signers. Invented
people; the report is dated 21 July 2025."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run

OPEN = "Fourteen former ministers have written an open letter to Prime Minister Helen Ashworth, urging her to reverse the aid cuts."


def _acts(*paras: str) -> list[tuple[str, tuple[str, ...], dt.date | None]]:
    comms = run(report(*paras, dateline="London, 21 July 2025 -")).extraction.communications
    got = [
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), c.date.earliest)
        for c in comms
    ]
    return sorted(got, key=str)


@pytest.mark.parametrize("verb", ["drafted", "organised", "initiated"])
def test_the_author_of_a_group_letter(verb: str) -> None:
    got = _acts(
        OPEN, f"The letter, published on Sunday, was {verb} by the former foreign secretary Lord Pemberton."
    )
    assert got == [("Pemberton", ("Helen Ashworth",), dt.date(2025, 7, 20))]


def test_an_open_and_a_private_letter_are_two() -> None:
    got = _acts(
        OPEN,
        "The letter, published on Sunday, was organised by the former foreign secretary Lord Pemberton.",
        "Pemberton first raised his concerns in a private letter to Ashworth in February.",
    )
    assert got == [
        ("Pemberton", ("Helen Ashworth",), dt.date(2025, 2, 1)),
        ("Pemberton", ("Helen Ashworth",), dt.date(2025, 7, 20)),
    ]
