"""A call or letter that someone considers, contemplates, suggests or proposes ("would consider a joint
call with B", "is considering a letter to B", "proposed a call to B") is weighed, not done; so is one
under an "if" further up its clause ("If I have to call him every day, I will"). A letter that exists
and is considered ("the council considered the letter from A to B") stays."""

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


@pytest.mark.parametrize(
    "sentence",
    [
        '"If I have to call him every day until Christmas, I will," Premier Rebecca Tan said of Prime Minister '
        "Daniel Ashworth.",
        "If Premier Rebecca Tan needs to write to Prime Minister Daniel Ashworth again, she will.",
    ],
)
def test_an_act_under_if_further_up_is_none(sentence: str) -> None:
    assert found_acts(sentence) == []


def test_an_if_inside_what_the_act_asks_leaves_it() -> None:
    got = found_acts(
        "Premier Rebecca Tan called Prime Minister Daniel Ashworth on Monday to ask if he would visit."
    )
    assert got == [("call", "Rebecca Tan", ("Daniel Ashworth",))]
