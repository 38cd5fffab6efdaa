"""'A wrote to B on Friday ... On Sunday, A sent B a message': a later act told as new (no 'the', no
possessive) on a weekday of its own that is not the first act's is another act, not the first told
again. The letter told again ('B received the letter on Sunday') stays one."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Premier Marek Novak wrote to President Ana Berg on Friday.",
            "On Sunday, Novak sent Berg a message about the weapons.",
        ),
        (
            "President Ana Berg received a letter from Premier Marek Novak on Friday.",
            "On Sunday, Novak announced on the radio, in a message addressed to the President, that the "
            "weapons would be removed.",
        ),
        (
            "Premier Marek Novak sent a letter to President Ana Berg on Tuesday.",
            "Novak wrote to Berg again on Thursday, asking for a meeting.",
        ),
    ],
)
def test_two_acts(paragraphs: tuple[str, ...]) -> None:
    got = found_acts(*paragraphs)
    assert len(got) == 2, got
    assert all(s == "Marek Novak" and r == ("Ana Berg",) for _k, s, r in got), got


@pytest.mark.parametrize(
    "second",
    [
        "Berg received the letter on Sunday.",
        "Novak's letter reached Berg on Sunday.",
    ],
)
def test_the_letter_told_again_stays_one(second: str) -> None:
    got = found_acts("Premier Marek Novak wrote to President Ana Berg on Friday.", second)
    assert got == [("letter", "Marek Novak", ("Ana Berg",))], got
