"""A call whose subject counts the two sides by an office or a description ("The two heads of state had
last spoken by telephone in January", "Both presidents spoke by phone on Friday") is a call between the
pair the report named last, not a call of one of them with no one. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts

BEFORE = "President Abdel Benali received a written message from President Omar Sidibe on Sunday. "


@pytest.mark.parametrize(
    "later",
    [
        "The two heads of State had last spoken by telephone in January.",
        "Both presidents spoke by phone in January about the border.",
        "The two heads of government last talked on the telephone in January.",
    ],
)
def test_the_two_holders_of_an_office_are_the_pair_named_last(later: str) -> None:
    acts = found_acts(BEFORE + later)
    calls = [a for a in acts if a[0] == "call"]
    assert len(calls) == 1 and {calls[0][1], *calls[0][2]} == {"Abdel Benali", "Omar Sidibe"}, acts


@pytest.mark.parametrize(
    "later",
    [
        "The two foreign ministers, Ana Haddad and Karl Toure, spoke by phone in January.",
        "The two Presidents of the Senate spoke by phone in January.",
        "The two Chiefs of Staff spoke by phone in January.",
    ],
)
def test_two_others_are_not_the_pair_of_leaders(later: str) -> None:
    acts = found_acts(BEFORE + later)
    assert not any(a[0] == "call" and {a[1], *a[2]} == {"Abdel Benali", "Omar Sidibe"} for a in acts), acts


def test_two_named_callers_stay_as_named() -> None:
    acts = found_acts(
        BEFORE + "The two presidents' envoys, Ana Berg and Karl Vint, spoke by phone in January."
    )
    assert not any(a[0] == "call" and a[1] in ("Abdel Benali", "Omar Sidibe") for a in acts), acts
