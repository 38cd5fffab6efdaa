"""A list of senders or addressees opened by an aside set off with commas ('from, among others, A; B; and C',
'to, in particular, A and B') is still read whole (invented sentences; the report is dated Thursday 14
March 2024)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize("aside", ["among others", "in particular", "notably"])
def test_senders_after_an_aside_each_sent_one(aside: str) -> None:
    got = found_acts(
        f"President Ana Ruiz received messages of condolence from, {aside}, King Tomas Berg of Sylvania; "
        "President Vera Holm of Ostmark; and Prime Minister Pavel Ostrov of Tarsh."
    )
    assert got == [
        ("message", "Pavel Ostrov", ("Ana Ruiz",)),
        ("message", "Tomas Berg", ("Ana Ruiz",)),
        ("message", "Vera Holm", ("Ana Ruiz",)),
    ]


def test_addressees_after_an_aside_each_got_one() -> None:
    got = found_acts(
        "President Ana Ruiz sent messages of condolence to, among others, King Tomas Berg and President Vera Holm."
    )
    assert got == [("message", "Ana Ruiz", ("Tomas Berg",)), ("message", "Ana Ruiz", ("Vera Holm",))]


def test_a_comma_after_the_preposition_with_no_aside_ends_the_list() -> None:
    got = found_acts("President Ana Ruiz received messages of condolence from, she said, many leaders.")
    assert got == []
