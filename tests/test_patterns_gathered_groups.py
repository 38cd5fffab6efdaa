"""A counted group gathered by a noun ("a group of 40 scientists", "a total of 30 lawmakers") is
the group it counts, as "40 scientists" alone is; an uncounted group is no party, nor is a coalition
read as the members it counts (it is a body of its own, often named elsewhere). And "B replied to his
letter": the pronoun is never the replier himself. A group written to in thousands is a mailing, no party.
Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A group of 40 scientists has sent an open letter to President Maria Holm calling for a ban.",
            [("letter", "40 scientists", ("Maria Holm",), "")],
        ),
        (
            "A total of 30 lawmakers wrote to Prime Minister Tomas Varga on Monday.",
            [("letter", "30 lawmakers", ("Tomas Varga",), "")],
        ),
        (
            "The letter was signed by a group of 200 doctors and sent to President Maria Holm on Monday.",
            [("letter", "200 doctors", ("Maria Holm",), "")],
        ),
        (
            "President Maria Holm wrote to a group of 12 mayors on Monday.",
            [("letter", "Maria Holm", ("12 mayors",), "")],
        ),
    ],
)
def test_a_gathered_counted_group_is_a_party(sentence: str, expected: list[object]) -> None:
    assert observed(run(report(sentence))) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A group of scientists wrote to President Maria Holm on Monday.",  # counted by nobody
        "A group of 40 scientists met President Maria Holm on Monday.",  # no correspondence
        "A coalition of 30 charities, organised by an alliance, wrote to President Maria Holm on Monday.",
    ],
)
def test_an_uncounted_group_or_a_meeting_gives_nothing(sentence: str) -> None:
    assert observed(run(report(sentence))) == []


@pytest.mark.parametrize(
    "second",
    [
        "Holm replied to her letter on Friday.",
        "On Friday, Holm answered her letter.",
        "Holm replied on Friday to her letter about the dam.",
    ],
)
def test_the_letter_replied_to_with_a_pronoun_is_the_others(second: str) -> None:
    first = "Queen Anna Brenn wrote to President Tomas Holm on Monday."
    assert observed(run(report(first, second))) == [
        ("letter", "Anna Brenn", ("Tomas Holm",), ""),
        ("letter", "Tomas Holm", ("Anna Brenn",), "Anna Brenn"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norland Tax Administration has sent reminder letters to some 120,000 taxpayers who have not paid.",
        "The Norland Tax Administration wrote to 2 million households on Monday.",
        "The Norland Electoral Commission e-mailed some 45,000 poll workers on Monday.",
    ],
)
def test_a_group_written_to_in_thousands_is_a_mailing_not_a_correspondent(sentence: str) -> None:
    assert observed(run(report(sentence))) == []


def test_a_group_counted_in_tens_written_to_stays_a_party() -> None:
    found = observed(run(report("Maria Holm wrote to all 31 local councils on Monday.")))
    assert found == [("letter", "Maria Holm", ("31 local councils",), "")]
