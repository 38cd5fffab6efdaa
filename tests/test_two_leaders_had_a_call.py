"""'The two leaders had a telephone conversation', 'Both presidents held phone talks': the call of the pair
named before (invented names)."""

from __future__ import annotations

import pytest

from test_extract import acts


@pytest.mark.parametrize(
    "then",
    [
        "The two leaders also had a telephone conversation on Friday.",
        "Both presidents held phone talks on Friday.",
        "The two heads of state also had a phone conversation on Friday at the request of the other side.",
    ],
)
def test_the_two_leaders_call(then: str) -> None:
    found = acts("President Ana Lind sent a telegram to President Karl Berg of Norland on Thursday.", then)
    assert ("call", "Ana Lind", ("Karl Berg",)) in found


@pytest.mark.parametrize(
    "then",
    [
        "The two leaders' aides also had a telephone conversation on Friday.",  # not the leaders
        "The two ministers also had a telephone conversation on Friday.",  # not the pair of leaders
    ],
)
def test_no_call_of_the_pair_for_others(then: str) -> None:
    found = acts("President Ana Lind sent a telegram to President Karl Berg of Norland on Thursday.", then)
    assert not any(kind == "call" for kind, _, _ in found)
