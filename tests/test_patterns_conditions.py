"""Acts that a sentence does not assert: a headline's 'A to call B' (headline English for what A will do)
and a condition put by inversion ('Had A phoned B ...', 'Were A to write to B ...'). Their look-alikes
are real acts: 'A had phoned B', a headline in the present ('A writes to B'). Invented sentences."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import acts

BODY = "Prime Minister Ana Ruiz is expected to discuss the dam with President Karl Ostrander, officials said."


def headline_acts(headline: str, body: str = BODY) -> list[tuple[str, str, tuple[str, ...]]]:
    comms = run(report(body, headline=headline)).extraction.communications
    return sorted(
        (c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients)) for c in comms
    )


@pytest.mark.parametrize(
    "headline",
    ["Ruiz to call Ostrander", "Ruiz to write to Ostrander over dam", "Norland PM to phone Vestrian leader over dam",
     "Ruiz to send letter to Ostrander"],
)  # fmt: skip
def test_a_headline_infinitive_is_a_plan(headline: str) -> None:
    assert headline_acts(headline) == []


def test_a_headline_in_the_present_tells_the_act() -> None:
    found = headline_acts("Ruiz writes to Ostrander over dam", "Ana Ruiz wrote to Karl Ostrander on Monday.")
    assert found == [("letter", "Ana Ruiz", ("Karl Ostrander",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Had Dariusz Holm picked up the phone to Tomas Ekdahl in January, diplomats say, the crisis might have ended.",
        "Had Dariusz Holm written to Tomas Ekdahl in January, the crisis might have ended.",
        "Had Holm picked up the phone to Ekdahl in May, diplomats say, the war might never have begun.",
        "Were Dariusz Holm to call Tomas Ekdahl, the talks could resume.",
        "Should Dariusz Holm telephone Tomas Ekdahl, the talks could resume.",
    ],
)
def test_a_condition_by_inversion_is_no_act(sentence: str) -> None:
    assert acts(sentence) == []


def test_had_after_its_subject_tells_the_act() -> None:
    assert acts("Dariusz Holm had phoned Tomas Ekdahl in January, diplomats say.") == [
        ("call", "Dariusz Holm", ("Tomas Ekdahl",))
    ]
