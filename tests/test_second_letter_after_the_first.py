"""'A wrote to B on 1 March. On Tuesday, A sent a second letter to B': the second letter is an act of its own,
with its own date, and the first letter it implies is the one told before (no third, undated letter);
'together with a second letter from A sent that same day' goes where the first went. 'It was A's second
letter to B' tells the letter just told once more. Invented people; the report is dated Thursday 14 March
2024."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run

FIRST = "Mayor Ana Ruiz wrote to Energy Minister Pablo Ortiz on 1 March about the power cuts."


def _letters(*paras: str) -> list[tuple[str, tuple[str, ...], dt.date | None, dt.date | None]]:
    comms = run(report(*paras)).extraction.communications
    got = [
        (
            c.sender.name if c.sender else "",
            tuple(r.name for r in c.recipients),
            c.date.earliest,
            c.date.latest,
        )
        for c in comms
        if c.kind != "call"
    ]
    return sorted(got, key=str)


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday, Ruiz sent a second letter to Ortiz.",
        "Ruiz sent Ortiz a second letter on Tuesday.",
        "The mayor's office released the letter on Tuesday, together with a second letter from Ruiz sent that"
        " same day.",
    ],
)
def test_second_letter_is_its_own_act(second: str) -> None:
    assert _letters(FIRST, second) == [
        ("Ana Ruiz", ("Pablo Ortiz",), dt.date(2024, 3, 1), dt.date(2024, 3, 1)),
        ("Ana Ruiz", ("Pablo Ortiz",), dt.date(2024, 3, 12), dt.date(2024, 3, 12)),
    ]


def test_second_letter_told_as_the_letter_just_told() -> None:
    got = _letters(
        "Mayor Ana Ruiz has written to Energy Minister Pablo Ortiz about the power cuts. The letter was sent on"
        " Tuesday.",
        "It was the mayor's second letter to the minister on the issue.",
    )
    dated = [x for x in got if x[2] is not None]
    assert dated == [("Ana Ruiz", ("Pablo Ortiz",), dt.date(2024, 3, 12), dt.date(2024, 3, 12))]
