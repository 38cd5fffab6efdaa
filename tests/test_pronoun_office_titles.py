"""A form of address that begins an office ("Lord Mayor", "Lord Chancellor") says nothing of the holder's
sex: "she" after "Lord Mayor Ursula Kastner" is the Lord Mayor, not a place or another person named since."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "office",
    ["Lord Mayor", "Lord Chancellor", "Lord President"],
)
def test_she_may_be_a_lord_mayor(office: str) -> None:
    got = found_acts(
        f"{office} Ursula Kastner will travel in July to Oderbruck's English twin town. In a letter on Tuesday she "
        "accepted the invitation of the Mayor of Kirkhaven, Janet Ollerenshaw."
    )
    assert got == [("letter", "Ursula Kastner", ("Janet Ollerenshaw",))]


def test_a_king_is_still_he() -> None:
    got = found_acts(
        "Queen Ilse Marr met King Otto Brandt in May. He wrote to her on Tuesday, thanking her for the visit."
    )
    assert got == [("letter", "Otto Brandt", ("Ilse Marr",))]
