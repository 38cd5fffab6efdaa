"""Exchanges told without a medium noun or with the pair named before: 'A and B exchanged New Year
greetings' (one message each way; not greetings exchanged face to face at a summit), 'the two heads of
state exchanged congratulatory messages' after both were named, and 'On Tuesday A sent her counterpart
a message' (spaCy reads 'Tuesday A' as one phrase). Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import H, L, Obs, observed
from test_patterns import param as case

CASES = [
    case("exchange/exchanged-new-year-greetings", "message H>L; message L>H",
         f"{H} and {L} exchanged New Year greetings on Tuesday."),
    case("exchange/the-two-heads-of-state-exchanged-messages", "message H>L; message L>H",
         f"{H} and {L} met in Oslo last year.", "On Tuesday the two heads of state exchanged congratulatory messages."),
    case("dative/on-tuesday-name-sent-her-counterpart-a-message", "message H>L",
         f"{H} and {L} met in Geneva in January.", "On Tuesday Halvard sent her Vestrian counterpart a message of support."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_exchanges_and_datives(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


def test_greetings_exchanged_face_to_face_are_no_messages() -> None:
    sentence = f"{H} and {L} exchanged greetings at the start of the summit on Tuesday."
    assert observed(run(report(sentence), prefilter=False)) == []
