"""A call or letter that someone considers, contemplates, suggests or proposes ("would consider a joint
call with B", "is considering a letter to B", "proposed a call to B") is weighed, not done. A letter
that exists and is considered ("the council considered the letter from A to B") stays."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Premier Rebecca Tan would consider a call with Prime Minister Daniel Ashworth, her office said.",
        "Premier Rebecca Tan is considering a letter to Prime Minister Daniel Ashworth, her office said.",
        "Premier Rebecca Tan proposed a call to Prime Minister Daniel Ashworth, her office said.",
        "Asked whether the Premier would contemplate a joint call with Prime Minister Daniel Ashworth, Ms Amber "
        "Locke said nothing was off the table.",
    ],
)
def test_a_weighed_act_is_none(sentence: str) -> None:
    assert found_acts(sentence) == []


def test_a_letter_considered_exists() -> None:
    got = found_acts(
        "The council considered the letter from Mayor Ruth Adler to Governor Daniel Fenn on Monday."
    )
    assert got == [("letter", "Ruth Adler", ("Daniel Fenn",))]
