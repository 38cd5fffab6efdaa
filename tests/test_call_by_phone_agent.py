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


@pytest.mark.parametrize(
    "sentence",
    [
        "President Tomas Verhaeghe held talks by video link with Prime Minister Lena Okafor on Sunday.",
        "President Tomas Verhaeghe held talks over a video link with Prime Minister Lena Okafor on Sunday.",
        "The prime minister, Lena Okafor, held talks by video link with President Tomas Verhaeghe on Sunday.",
    ],
)
def test_talks_by_video_link_are_a_call(sentence: str) -> None:
    got = found_acts(sentence)
    assert [a for a in got if a[0] == "call" and {a[1], *a[2]} == {"Tomas Verhaeghe", "Lena Okafor"}], got


def test_talks_about_a_rail_link_are_no_call() -> None:
    got = found_acts(
        "President Tomas Verhaeghe held talks with Prime Minister Lena Okafor on the rail link to the phone "
        "factory."
    )
    assert [a for a in got if a[0] == "call"] == []
