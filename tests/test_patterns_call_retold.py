"""A call told again from the other end ("A phoned B on Sunday. During the call, B said ...") is one call
of A and B, whichever of the two the later sentence names first; and in "A and the Prime Minister of
X, B," the role is B, not a second party beside B. Invented names; report dated Thursday 14 March
2024. And "replied to a letter sent by A": A wrote the letter answered."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        (
            "Janis Ozols phoned Foreign Minister Maria del Carmen Holm on Sunday.",
            "During the call, Holm affirmed her support for the plan.",
            ("call", "Janis Ozols", ("Maria del Carmen Holm",), ""),
        ),
        (
            "Foreign Minister Maria del Carmen Holm received a phone call on Sunday from Janis Ozols.",
            "In the call, Holm thanked him for his support.",
            ("call", "Janis Ozols", ("Maria del Carmen Holm",), ""),
        ),
        (
            "The Latvian prime minister, Janis Ozols, telephoned Maria del Carmen Holm on Sunday.",
            "During their call, Holm said the border would reopen.",
            ("call", "Janis Ozols", ("Maria del Carmen Holm",), ""),
        ),
    ],
)
def test_a_call_retold_from_the_other_end_is_one_call(first: str, then: str, expected: object) -> None:
    assert observed(run(report(first, then))) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "During a phone call on Tuesday, President Maria Holm and the Prime Minister of Latvia, Janis Ozols,"
        " agreed to set up a working group.",
        "President Maria Holm and the Prime Minister of Latvia, Janis Ozols, spoke by phone on Tuesday.",
        "In a phone call on Tuesday, Maria Holm and the Latvian prime minister, Janis Ozols, discussed the dam.",
    ],
)
def test_a_conjoined_role_is_the_person_named_after_it(sentence: str) -> None:
    assert observed(run(report(sentence))) == [("call", "Maria Holm", ("Janis Ozols",), "")]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Maria Holm has responded to a letter sent by King Olav Brenn last month.",
        "President Maria Holm replied to a letter sent to her by King Olav Brenn last month.",
        "President Maria Holm has answered the letter written by King Olav Brenn in May.",
    ],
)
def test_the_letter_answered_is_the_one_its_participle_says_who_sent(sentence: str) -> None:
    assert observed(run(report(sentence))) == [
        ("letter", "Maria Holm", ("Olav Brenn",), "Olav Brenn"),
        ("letter", "Olav Brenn", ("Maria Holm",), ""),
    ]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "During a phone call on Tuesday, President Maria Holm and the Prime Minister of Latvia, Janis Ozols,"
            " agreed to set up a working group.",
            "the Prime Minister of Latvia",
        ),
        (
            "President Maria Holm spoke by phone on Tuesday with Tomas Varga and the president-elect of Latvia,"
            " Janis Ozols.",
            "the president-elect",
        ),
    ],
)
def test_the_conjoined_role_is_a_form_of_the_person_named_after_it(sentence: str, role: str) -> None:
    parties = {p.name: p.aliases for p in run(report(sentence)).extraction.parties}
    assert role in parties["Janis Ozols"]
    assert not any(role in a for a in parties["Maria Holm"])
    assert not any(a.startswith("elect") for a in parties["Janis Ozols"])  # the hyphenated word kept whole
