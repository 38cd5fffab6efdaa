"""'The Foreign Minister, A, spoke by telephone with B': with the speaker named in apposition, spaCy reads
'by telephone' as a passive's agent and hangs 'with B' on the telephone; B is still the one spoken with."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The Foreign Minister, Anneliese Brandt, spoke by telephone with President Aurel Dobre on Friday.",
        "The Managing Director, Ms. Anneliese Brandt, spoke by telephone with President Aurel Dobre on Friday, "
        "February 10, ahead of the Board meeting.",
        "The chairman, Anneliese Brandt, spoke by telephone with President Aurel Dobre on Friday.",
    ],
)
def test_spoke_by_telephone_with_after_an_apposed_name(sentence: str) -> None:
    assert ("call", "Anneliese Brandt", ("Aurel Dobre",)) in found_acts(sentence)


def test_spoken_to_in_person_is_no_call() -> None:
    got = found_acts(
        "The Foreign Minister, Anneliese Brandt, spoke with President Aurel Dobre at the summit."
    )
    assert [a for a in got if a[0] == "call"] == []
