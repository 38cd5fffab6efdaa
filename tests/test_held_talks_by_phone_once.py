"""'A and B held talks by phone': one call between the two, not one per subject (letters are split, calls
are not). Invented people; real states."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ola Dahl and Prime Minister Eva Lind held talks by phone on Monday.",
        "Norway's Prime Minister Ola Dahl and his Swedish counterpart Eva Lind held talks by phone on Monday,"
        " discussing refugees, officials in both capitals said.",
        "Prime Minister Ola Dahl and Prime Minister Eva Lind held telephone talks on Monday.",
        "Prime Minister Ola Dahl and Prime Minister Eva Lind had phone calls on Monday.",
    ],
)
def test_one_call_between_the_two(sentence: str) -> None:
    got = found_acts(sentence)
    assert len(got) == 1 and got[0][0] == "call"
    assert {got[0][1], *got[0][2]} == {"Ola Dahl", "Eva Lind"}


def test_letters_of_two_writers_are_still_two() -> None:
    assert found_acts(
        "Prime Minister Ola Dahl and Prime Minister Eva Lind sent letters to President Ivo Kant."
    ) == [
        ("letter", "Eva Lind", ("Ivo Kant",)),
        ("letter", "Ola Dahl", ("Ivo Kant",)),
    ]
