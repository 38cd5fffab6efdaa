"""A fronted participle of replying with only a date ("Replying on 10 May, B said ...", "Responding a week
later, the chancellor wrote that ..."): B's written reply to the one letter the report told B was sent. Not
when the participle answers something else ("Replying to questions") or is told at an event in person ("at a
press conference"), and not undated ("Replying, B said")."""

from __future__ import annotations

import pytest

from test_extract import found_replies

FIRST = "President Oona Vale wrote to Chancellor Anatole Brandt on 2 May asking for talks. "


@pytest.mark.parametrize(
    "second",
    [
        "Replying on 10 May, Brandt said talks were premature.",
        "Responding a week later, the chancellor wrote that talks were premature.",
        "Replying on 10 May, the chancellor said that talks were premature.",
    ],
)
def test_the_participle_tells_the_reply(second: str) -> None:
    assert found_replies(FIRST + second) == [
        ("Anatole Brandt", ("Oona Vale",), "Oona Vale"),
        ("Oona Vale", ("Anatole Brandt",), ""),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Replying to questions on 10 May, Brandt said talks were premature.",
        "Replying on 10 May at a press conference, Brandt said talks were premature.",
        "Replying, Brandt said talks were premature.",
    ],
)
def test_no_written_reply(second: str) -> None:
    assert found_replies(FIRST + second) == [("Oona Vale", ("Anatole Brandt",), "")]
