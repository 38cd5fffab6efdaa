"""A headline in title case capitalises its verb ('HH the Emir Receives Written Message from HM Sultan'):
the verb is no name, so it is no party (invented reports dated Thursday 14 March 2024)."""

from __future__ import annotations

import pytest

from test_extract import report, run

BODY = [
    "HH the Emir of Ostmark Sheikh Omar bin Khalid received a written message from HM Sultan Tomas Berg of "
    "Sylvania.",
    "The message was handed over to HH the Emir by the Minister of State for Foreign Affairs of Sylvania during "
    "his meeting with HH the Emir at the palace today.",
]


def parties(headline: str) -> set[str]:
    rep = run(report(*BODY, headline=headline))
    return {p.name for c in rep.extraction.communications for p in [c.sender, *c.recipients] if p is not None}


@pytest.mark.parametrize(
    ("headline", "verb"),
    [
        ("HH the Emir Receives Written Message from HM Sultan of Sylvania", "Receives"),
        ("HM the Sultan Sends Written Message to HH the Emir", "Sends"),
        ("HH the Emir Thanks HM the Sultan for Written Message", "Thanks"),
    ],
)
def test_a_headline_verb_is_no_party(headline: str, verb: str) -> None:
    found = parties(headline)
    assert verb not in found and {"Tomas Berg", "Omar bin Khalid"} <= found
