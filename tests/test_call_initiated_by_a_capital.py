"""'A spoke by telephone with his Canadian counterpart B, in a phone call initiated by Ottawa': the state
a capital names is the side of the one person of it the call names, so the call is one, A's with B; a state
no person of the call belongs to stays a party of its own. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "told",
    [
        "Prime Minister Desmond Whyte on Sunday spoke by telephone with his Canadian counterpart, Julien Trembley,"
        " in a phone call initiated by Ottawa.",
        "President Ana Berg held a phone call with Japanese Prime Minister Ryo Saka on Monday, in a call requested"
        " by Tokyo.",
        "Prime Minister Desmond Whyte spoke with Canadian Prime Minister Julien Trembley on Sunday. The call was"
        " initiated by Ottawa, officials said.",
    ],
)
def test_the_capital_is_the_side_of_its_person(told: str) -> None:
    got = found_acts(told)
    assert len([a for a in got if a[0] == "call"]) == 1, got


def test_a_state_of_no_one_in_the_call_stays() -> None:
    got = found_acts(
        "Prime Minister Desmond Whyte on Sunday spoke by telephone with Canadian Prime Minister Julien Trembley."
        " Later on Sunday, Tokyo phoned Whyte."
    )
    assert ("call", "Japan", ("Desmond Whyte",)) in got or ("call", "Desmond Whyte", ("Japan",)) in got, got
