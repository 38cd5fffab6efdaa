"""The one a speech turns to, opening the sentence before the subject ("Hon. Speaker, the Ministry wrote to
B", "Mr President, my office wrote to B"), is no writer."""

from __future__ import annotations

import pytest

from test_extract import found_acts

SPEAKER = "[The Speaker (Hon. Peter Kamau) in the Chair]"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hon. Speaker, the Ministry wrote to the Minister of Foreign Affairs of Norland, Mr. Anan Siri, on 12 "
        "February, requesting assistance.",
        "Madam Speaker, the Ministry of Health wrote to the Norland health minister, Mr. Anan Siri, last week.",
    ],
)
def test_vocative_is_not_the_writer(sentence: str) -> None:
    acts = found_acts(SPEAKER, "Hon. Speaker: Cabinet Secretary, proceed.", sentence)
    letters = [a for a in acts if a[0] == "letter"]
    assert letters and all(a[1] != "Peter Kamau" and a[2] == ("Anan Siri",) for a in letters), acts
