"""A surname the recogniser tagged as no name ('Thaçi, for his part, also telephoned B') is a mention of
the one person of the report with that surname, so the act it starts has its party. And a phone call
thanked for beside a letter ('thanked B for his letter and for his telephone call on the eve of ...') is
B's call too: 'on the eve' is a time, no call on anyone to act. Invented names;
report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    ("first", "then", "caller"),
    [
        (
            "Albanian President Ilir Bardhi received a cable of condolence from Kosovo President Besim Thaçi"
            " on Tuesday.",
            "Thaçi, for his part, also telephoned Prime Minister Edi Ramaj on Tuesday evening to offer rescue"
            " teams.",
            "Besim Thaçi",
        ),
        (
            "President Ana Holm received a cable from President Arben Gjoçi on Tuesday.",
            "Gjoçi, for his part, also telephoned Prime Minister Edi Ramaj on Tuesday evening.",
            "Arben Gjoçi",
        ),
        (
            "President Ana Holm received a cable from President Ömer Şahin on Tuesday.",
            "Şahin, for his part, also telephoned Prime Minister Edi Ramaj on Tuesday evening.",
            "Ömer Şahin",
        ),
    ],
)
def test_an_untagged_surname_is_the_person_of_that_surname(first: str, then: str, caller: str) -> None:
    assert ("call", caller, ("Edi Ramaj",), "") in observed(run(report(first, then)))


def test_a_surname_two_persons_share_stays_unresolved() -> None:
    rep = run(
        report(
            "President Ana Holm received cables from President Besim Thaçi and Speaker Agron Thaçi on Tuesday.",
            "Thaçi, for his part, also telephoned Prime Minister Edi Ramaj on Tuesday evening.",
        )
    )
    assert not [o for o in observed(rep) if o[0] == "call" and o[1] in ("Besim Thaçi", "Agron Thaçi")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Opening the talks, President Ana Holm thanked Tomas Varga for his letter of condolence in August, and"
        " for his telephone call on the eve of her inauguration.",
        "President Ana Holm thanked Tomas Varga for his letter and for his telephone call last week.",
        "President Ana Holm thanked Tomas Varga for his message of support and for his phone call on the eve"
        " of the vote.",
    ],
)
def test_a_call_thanked_for_beside_a_letter_is_the_thanked_ones_call(sentence: str) -> None:
    assert ("call", "Tomas Varga", ("Ana Holm",), "") in observed(run(report(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Varga made a phone call on the eve of the summit to President Ana Holm.",
        "Tomas Varga made a phone call to President Ana Holm on the eve of the summit.",
        "Tomas Varga made a telephone call to President Ana Holm on the eve of the vote.",
    ],
)
def test_a_phone_call_on_an_occasion_is_a_call(sentence: str) -> None:
    assert observed(run(report(sentence))) == [("call", "Tomas Varga", ("Ana Holm",), "")]
