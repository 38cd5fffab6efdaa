"""A letter or message of congratulations that names no addressee went to the one party the report says
received congratulations (invented names)."""

from __future__ import annotations

import pytest

from test_extract import acts

LEAD = "Newly elected Norland President Ana Lind has received congratulations from the leaders of neighbouring countries, the agency reported on Thursday."


@pytest.mark.parametrize(
    "then",
    [
        "Westland President Karl Berg, in a letter of congratulations sent on Tuesday, said he was confident.",
        "In a congratulatory message on Tuesday, Westland President Karl Berg said he was confident.",
        "Westland President Karl Berg sent a message of greetings on Tuesday, saying he was confident.",
    ],
)
def test_the_congratulations_went_to_the_one_congratulated(then: str) -> None:
    assert any(s == "Karl Berg" and r == ("Ana Lind",) for _, s, r in acts(LEAD, then))


@pytest.mark.parametrize(
    "lead",
    [
        "Norland President Ana Lind and Eastland President Piet Okoro have received congratulations on their"
        " election, the agency reported on Thursday.",  # two congratulated: whose is unknown
        "Norland President Ana Lind was elected on Sunday, the agency reported on Thursday.",  # none said
    ],
)
def test_no_addressee_without_one_congratulated(lead: str) -> None:
    then = (
        "Westland President Karl Berg, in a letter of congratulations sent on Tuesday, said he was confident."
    )
    assert not any(s == "Karl Berg" and r for _, s, r in acts(lead, then))
