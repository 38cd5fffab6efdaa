"""A headline in title case: its verb of exchange is capitalised like the names around it ("Holm Holds
Phone Talks with Varga", "Ana Holm Sends Greetings to Tomas Varga"); the name ends before the verb.
Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from lettertrace import nlp
from lettertrace.models import Options
from test_extract import report, run


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Holm Holds Phone Talks with Varga",
            "President Ana Holm held a telephone conversation with President Tomas Varga on Tuesday.",
        ),
        (
            "Ana Holm Sends Greetings to Tomas Varga",
            "President Ana Holm sent a message of greetings to President Tomas Varga on Tuesday.",
        ),
        (
            "Holm Exchanges Messages with Varga on Treaty Day",
            "President Ana Holm and President Tomas Varga exchanged messages on Tuesday.",
        ),
        (
            "Tomas Varga Receives Letter from Ana Holm",
            "President Tomas Varga on Tuesday received a letter from President Ana Holm.",
        ),
    ],
)
def test_a_headline_verb_is_no_part_of_a_name(headline: str, body: str) -> None:
    comms = run(report(body, headline=headline, dateline=None)).extraction.communications
    names = {c.sender.name for c in comms if c.sender} | {r.name for c in comms for r in c.recipients}
    assert names == {"Ana Holm", "Tomas Varga"}


def test_a_name_that_looks_like_a_verb_stays_whole() -> None:
    doc = nlp.parse("Minister Ana Calls said on Tuesday that the bridge would open.", Options().spacy_model)
    assert "Ana Calls" in {e.text for e in doc.ents}
