"""A reply to a thing that is no letter answers what was said, not what was sent: 'a letter from A,
replying to the President's appeal', 'B responded to the criticism'. Look-alikes: a reply to a person or
to a letter answers the letter that person sent ('B replied to the minister', 'B replied to his
letter'). Invented names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_replies, report, run

LETTER = "Finance Minister Ana Berg wrote to Governor Tomas Lind on Monday about the budget."


@pytest.mark.parametrize(
    "text",
    [
        "State House confirmed that President Musa Danjuma has received a letter from Colonel Amadou Kone,"
        " replying to the President's appeal for an electoral timetable.",
        f"{LETTER} Governor Tomas Lind responded to the criticism on Tuesday.",
        f"{LETTER} Lind replied to the accusations in a radio interview on Tuesday.",
    ],
)
def test_a_reply_to_a_thing_is_no_reply_letter(text: str) -> None:
    comms = run(report(text)).extraction.communications
    assert len(comms) == 1 and all(c.in_reply_to is None for c in comms)


@pytest.mark.parametrize(
    "reply",
    [
        "Governor Tomas Lind replied to the minister on Tuesday.",
        "Governor Tomas Lind replied to her letter on Tuesday.",
        "Governor Tomas Lind responded to Berg on Tuesday.",
    ],
)
def test_a_reply_to_a_person_answers_her_letter(reply: str) -> None:
    assert found_replies(LETTER, reply) == [
        ("Ana Berg", ("Tomas Lind",), ""),
        ("Tomas Lind", ("Ana Berg",), "Ana Berg"),
    ]
