"""'Norland received a letter from A. The letter was addressed to Health Minister B': the letter to the
state, told again as addressed to a person, went to that person. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "second",
    [
        "The letter was addressed to Health Minister Omar Haddi.",
        "The letter, addressed to Health Minister Omar Haddi, confirms the allocation.",
    ],
)
def test_the_letter_went_to_the_person(second: str) -> None:
    acts = found_acts(
        "The ministry said that Norland received a letter on April 20 from Dr Lena Vass.", second
    )
    assert acts == [("letter", "Lena Vass", ("Omar Haddi",))]


def test_a_letter_to_a_state_alone() -> None:
    acts = found_acts("The ministry said that Norland received a letter on April 20 from Dr Lena Vass.")
    assert acts == [("letter", "Lena Vass", ("Norland",))]
