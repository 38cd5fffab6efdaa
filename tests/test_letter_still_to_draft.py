"""'said it would draft a letter to B next week', 'will compose a letter to B': a letter still to be drafted
is planned, like one still to be sent; a drafted letter told in the past is no plan.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from lettertrace import nlp
from lettertrace.extract.lexicon import blocked
from lettertrace.models import Options

MODEL = Options().spacy_model


def _letter_blocked(sentence: str) -> bool:
    doc = nlp.parse(sentence, MODEL)
    return blocked(next(t for t in doc if t.lower_ == "letter"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition Vanguard party said it would draft a letter to President Ana Valdes next week.",
        "Tomas Berger will compose a letter to President Ana Valdes once the vote is over.",
        "The union said it would prepare a letter to Minister Karl Mett.",
    ],
)
def test_a_letter_still_to_draft_is_planned(sentence: str) -> None:
    assert _letter_blocked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Berger drafted a letter to President Ana Valdes on Monday.",
        "The union prepared a letter to Minister Karl Mett last week.",
    ],
)
def test_a_drafted_letter_is_no_plan(sentence: str) -> None:
    assert not _letter_blocked(sentence)
