"""A message reproduced after "... reads in full:" under a salutation of a comrade or brother by name
("Comrade Tomas Varga,", "Brother Tomas Varga,"): the writer signs at the foot, the salutation names the
addressee. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from lettertrace.extract import signature as sig
from test_extract import report, run

TEXT = (
    "Please accept my best wishes on the anniversary of the treaty that binds our two countries. May the "
    "years ahead bring both our peoples peace and good harvests."
)
FOOT = "Ana Holm\nPresident of the Republic of Norland"


@pytest.mark.parametrize(
    ("cue", "salutation"),
    [
        (
            "Ana Holm's message reads in full:",
            "Comrade Tomas Varga,\nChairman of the Council of Ostmark,",
        ),
        ("The letter sent by President Ana Holm on Tuesday reads in full:", "Brother Tomas Varga,"),
        ("Her message, published on Wednesday, runs in full:", "Comrade Tomas Varga,"),
        ("The congratulatory message is given below in full:", "Comrade Chairman Tomas Varga,"),
    ],
)
def test_message_in_full_under_named_salutation(cue: str, salutation: str) -> None:
    comms = run(
        report("President Ana Holm has sent a message.", cue, salutation, TEXT, FOOT)
    ).extraction.communications
    found = {
        (c.sender.name if c.sender else "", r.name)
        for c in comms
        if c.full_text is not None
        for r in c.recipients
    }
    assert ("Ana Holm", "Tomas Varga") in found


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Comrade Tomas Varga,", "Tomas Varga"),
        ("Brother Tomas Varga,", "Tomas Varga"),
        ("Dear Comrade Tomas Varga,", "Comrade Tomas Varga"),
    ],
)
def test_named_comrade_is_a_salutation(line: str, who: str) -> None:
    found = sig.salutation(line)
    assert found is not None and found.who is not None
    assert line[found.who[0] : found.who[1]] == who


@pytest.mark.parametrize(
    "line",
    ["comrade Varga said the plan would work,", "Friends of the Earth,", "Colleagues from Ostmark,"],
)
def test_no_salutation(line: str) -> None:
    found = sig.salutation(line)
    assert found is None or found.who is None
