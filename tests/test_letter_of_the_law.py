"""'The letter of the law', 'the spirit and letter of the accord', 'followed the rules to the letter': the
wording of a rule, no letter sent, and nothing a letter told before merges with (invented names)."""

from __future__ import annotations

import pytest

from test_extract import report, run

WEDNESDAY = "2024-03-13"  # the day before the report of Thursday 14 March 2024 (test_extract.DATELINE)


def _acts(*paragraphs: str) -> list[tuple[str, tuple[str, ...], str]]:
    rep = run(report(*paragraphs))
    return [
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), str(c.date.earliest))
        for c in rep.extraction.communications
    ]


@pytest.mark.parametrize(
    "idiom",
    [
        "Under the letter of the law adopted in 2018, all casinos outside the capital were closed.",
        "The opposition said the government had broken the spirit and the letter of the 2018 accord.",
        "Officials said they had followed the rules to the letter since 2018.",
        "The court said the letter of the Constitution, amended in 2018, was clear.",
    ],
)
def test_the_wording_of_a_rule_is_no_letter(idiom: str) -> None:
    found = _acts(
        "Prime Minister Karl Berg wrote to Mayor Ana Lind on Wednesday about the casinos.",
        idiom,
    )
    assert found == [("Karl Berg", ("Ana Lind",), WEDNESDAY)]


def test_a_letter_of_a_minister_is_a_letter() -> None:
    found = _acts("The letter of the minister, Karl Berg, to Mayor Ana Lind was sent on 20 November 2024.")
    assert ("Karl Berg", ("Ana Lind",), "2024-11-20") in found
