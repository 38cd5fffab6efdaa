"""'The <nationality> head of state' is the president, king or emir the report named; 'the head of
government' its prime minister or chancellor: the one person named before with such a title who fits
the description, and nobody when two do. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

QUOTE = '"We cannot allow the river to divide what history has joined,"'


def _speaker(*paragraphs: str) -> str | None:
    (q,) = [q for q in run(report(*paragraphs)).extraction.quotes if q.text.startswith("We cannot allow")]
    return q.speaker.name if q.speaker is not None else None


@pytest.mark.parametrize(
    "holder, description",
    [
        ("President Tomas Lind of Vestria", "the Vestrian head of state"),
        ("King Tomas Lind of Vestria", "the head of state"),
        ("Prime Minister Tomas Lind of Vestria", "the Vestrian head of government"),
        ("Chancellor Tomas Lind of Vestria", "the head of government"),
    ],
)
def test_a_head_of_state_or_government_is_the_one_holding_such_an_office(
    holder: str, description: str
) -> None:
    assert _speaker(f"{holder} has written to Ana Berg.", f"{QUOTE} {description} wrote.") == "Tomas Lind"


def test_a_head_of_state_writes_and_a_head_of_government_is_called() -> None:
    assert observed(
        run(
            report(
                "President Tomas Lind of Vestria opened the dam on Sunday. On Monday the Vestrian head of state"
                " wrote to Prime Minister Ana Berg of Norland."
            )
        )
    ) == [("letter", "Tomas Lind", ("Ana Berg",), "")]


@pytest.mark.parametrize(
    "first, description",
    [
        (
            "President Tomas Lind of Vestria has written to President Ana Berg of Norland.",
            "the head of state",
        ),
        ("Prime Minister Tomas Lind of Vestria has written to President Ana Berg.", "the head of state"),
    ],
)
def test_no_one_or_two_heads_named_make_no_speaker(first: str, description: str) -> None:
    # two heads of state named; or the only head of state is the one written to, no quote of hers here
    speaker = _speaker(first, f"{QUOTE} {description} wrote.")
    assert speaker != "Tomas Lind"
