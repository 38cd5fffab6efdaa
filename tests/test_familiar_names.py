"""A given name and its familiar form are one person: "Tom Hale" is "Thomas R. Hale", "Bill Moro" is
"William Moro"; two different given names of one family are not. Every name here is invented."""

from __future__ import annotations

import pytest

from lettertrace import names
from test_extract import found_acts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tom Hale", "Thomas R. Hale"),
        ("Bill Moro", "William Moro"),
        ("Joe Tarn", "Joseph Tarn"),
        ("Kate Lund", "Katherine Lund"),
    ],
)
def test_a_familiar_form_is_the_same_person(a: str, b: str) -> None:
    assert names.same_person(a, b) and names.same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"), [("Tom Hale", "Tina Hale"), ("Joe Tarn", "Hunter Tarn"), ("Bill Moro", "Frank Moro")]
)
def test_another_given_name_is_another_person(a: str, b: str) -> None:
    assert not names.same_person(a, b)


def test_a_readout_headline_with_the_familiar_name_is_the_same_call() -> None:
    acts = found_acts(
        "President Thomas R. Hale, Jr. phoned President-elect Ana Berg of Sylvania today to wish her well.",
        headline="Tom Hale holds a call with Ana Berg of Sylvania",
    )
    assert len(acts) == 1, acts
