"""An acknowledgement told in its medium ('B acknowledged receipt in a brief email', 'acknowledged the
letter in a brief message'): a message from B answering what B was sent last. Invented names; report
dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

WROTE = "President Tomas Lind wrote to Chairman Maria Holm on Monday."
LETTER = ("letter", "Tomas Lind", ("Maria Holm",), "")


@pytest.mark.parametrize(
    "then",
    [
        "Holm acknowledged receipt in a brief email on Thursday.",
        "Holm acknowledged receipt of the letter in an email on Thursday.",
        "Holm acknowledged the letter in a brief message on Thursday.",
    ],
)
def test_an_acknowledgement_in_its_medium_answers_the_letter(then: str) -> None:
    assert observed(run(report(WROTE, then))) == sorted(
        [LETTER, ("message", "Maria Holm", ("Tomas Lind",), "Tomas Lind")]
    )


@pytest.mark.parametrize(
    "then",
    [
        "Holm acknowledged in an interview that talks had stalled.",  # no medium sent
        "Holm acknowledged the problem in a speech on Thursday.",  # nothing received acknowledged
    ],
)
def test_an_admission_is_no_acknowledgement(then: str) -> None:
    assert observed(run(report(WROTE, then))) == [LETTER]


def test_an_acknowledgement_of_nothing_told_is_no_message() -> None:
    assert (
        observed(run(report("Chairman Maria Holm acknowledged receipt in a brief email on Thursday."))) == []
    )
