"""'Messages from the Prime Ministers of X, Y and Z': one office per state, never the states themselves
nor a party called "Ministers". Invented people; real states; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Maria Holm has received messages of sympathy from the Prime Ministers of Fiji, the Solomon"
        " Islands and New Zealand following the cyclone.",
        "President Maria Holm received cables of condolence from the Presidents of Chile, Peru and Ecuador.",
        "Prime Minister Maria Holm received messages of congratulations from the Prime Ministers of Norway,"
        " Sweden and Denmark.",
    ],
)
def test_the_offices_of_states_are_no_states(sentence: str) -> None:
    found = observed(run(report(sentence)))
    bad = {
        "Ministers",
        "Prime Ministers",
        "Presidents",
        "Fiji",
        "New Zealand",
        "Solomon Islands",
        "Chile",
        "Peru",
    }
    bad |= {"Ecuador", "Norway", "Sweden", "Denmark"}
    assert not any(s in bad for _k, s, _r, _a in found), found
    assert all(s.startswith(("Prime Minister of", "President of")) for _k, s, _r, _a in found), found
