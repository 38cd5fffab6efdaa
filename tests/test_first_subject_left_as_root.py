"""'Sylvania Rising and 400 civil society organisations have sent a letter to B': the parser may make the
first name the root of the sentence and the verb its conjunct, with the second for the only subject.
The first name is the first subject, and so the letter's sender (the first of its signatories)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor spoke first. Sylvania Rising and 400 civil society organisations have sent a letter to "
        "President William Ruto.",
        "The mayor spoke first. Ostmark Forward and 40 student unions wrote to President William Ruto on Monday.",
        "The mayor spoke first. Sylvania Rising and 400 civil society organisations signed a letter to "
        "President William Ruto.",
    ],
)
def test_the_first_name_is_the_sender(sentence: str) -> None:
    got = found_acts(sentence)
    assert len(got) == 1 and got[0][2] == ("William Ruto",), got
    assert got[0][1] in ("Sylvania Rising", "Ostmark Forward"), got
