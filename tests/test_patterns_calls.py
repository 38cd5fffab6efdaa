"""Calls told with 'be on the phone': 'A was on the phone with B', 'A and B were on the phone', with a
role for a party the report names before. Invented sentences; helpers and names of ``test_patterns``."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import H_FIRST, H, L, Obs, acts, observed
from test_patterns import param as case

CASES = [
    case("phone_marked_verb/was-on-the-phone-with", "call H>L",
         f"{H} was on the phone with {L} for an hour on Tuesday."),
    case("phone_marked_verb/were-on-the-phone", "call H>L",
         f"{H} and {L} were on the phone for an hour on Tuesday."),
    case("phone_marked_verb/role-was-on-the-phone-to", "call H>L",
         H_FIRST, f"The Norland president was on the phone to {L} on Tuesday, her office said."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs, expected", CASES)
def test_being_on_the_phone_with_a_party_is_a_call(paragraphs: tuple[str, ...], expected: list[Obs]) -> None:
    assert observed(run(report(*paragraphs))) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        f"The photo of {H} was on the phone of {L}.",
        f"{H} will be on the phone with {L} on Friday.",
        f"{H} was on the phone with reporters when {L} arrived.",
    ],
)
def test_on_the_phone_look_alikes_give_nothing(sentence: str) -> None:
    assert observed(run(report(sentence), prefilter=False)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Berg called Chancellor Tomas Varga a week later to apologise.",
        "President Ana Berg called Chancellor Tomas Varga a second time on Friday.",
        "President Ana Berg called Chancellor Tomas Varga a few hours after the vote.",
        "President Ana Berg called Tomas Varga, a longtime ally, on Monday.",
    ],
)
def test_called_then_a_span_of_time_is_a_call(sentence: str) -> None:
    assert acts(sentence) == [("call", "Ana Berg", ("Tomas Varga",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Berg called Tomas Varga. A statement from her office said they spoke for an hour.",
        "President Ana Berg called Tomas Varga an estimated 20 times.",
        "President Ana Berg called Tomas Varga a decade later.",
    ],
)
def test_called_then_no_epithet_in_its_sentence_is_a_call(sentence: str) -> None:
    assert acts(sentence) == [("call", "Ana Berg", ("Tomas Varga",))]
