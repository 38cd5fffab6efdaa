"""Agency round-ups: 'A sent a congratulatory message to B, while C extended her congratulations to D': C's
congratulations, told beside a message in the same sentence, are a message too; alone ('C extended her
congratulations to D') or said in person they may be spoken face to face and tell no act. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "second",
    [
        "while Chairwoman Ha Thi Mai extended her congratulations to Phetsamone Inthara, President of the"
        " National Assembly",
        "and Chairwoman Ha Thi Mai conveyed her congratulations to Phetsamone Inthara, President of the"
        " National Assembly",
    ],
)
def test_congratulations_beside_a_message(second: str) -> None:
    acts = found_acts(
        f"On Saturday, Prime Minister Dinh Van Phuc sent a congratulatory message to his counterpart Khamsone"
        f" Vongsa, {second}."
    )
    assert sorted(acts) == [
        ("message", "Dinh Van Phuc", ("Khamsone Vongsa",)),
        ("message", "Ha Thi Mai", ("Phetsamone Inthara",)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chairwoman Ha Thi Mai extended her congratulations to Phetsamone Inthara, President of the National"
        " Assembly.",
        "Prime Minister Dinh Van Phuc sent a congratulatory message to his counterpart Khamsone Vongsa, while"
        " Chairwoman Ha Thi Mai extended her congratulations in person to Phetsamone Inthara at the reception.",
    ],
)
def test_congratulations_alone_or_in_person(sentence: str) -> None:
    assert all(s != "Ha Thi Mai" for _k, s, _r in found_acts(sentence))
