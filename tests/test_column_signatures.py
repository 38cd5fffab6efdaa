"""Two signatures set side by side in columns under a joint letter ("A B        C D") are two names, not
one: the first signs first and sends. A name with one space inside stays whole, and so does one with
two (a typo, not a gap between columns)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize("gap", ["   ", "        ", "\t\t"])
def test_the_first_of_names_in_columns_sends(gap: str) -> None:
    got = found_acts(
        "Two members of parliament released the text of their joint letter to King Otto Brandt on Monday. It "
        "reads:",
        "Your Majesty,",
        "We ask you to release the journalist held in your capital since October.",
        "Respectfully,",
        f"Signe Halvorsen{gap}Chidi Okafor\nMember of Parliament{gap}Member of Parliament",
    )
    assert [(kind, sender) for kind, sender, _ in got] == [("letter", "Signe Halvorsen")]


def test_one_name_stays_whole() -> None:
    got = found_acts(
        "A member of parliament released the text of her letter to King Otto Brandt on Monday. It reads:",
        "Your Majesty,",
        "I ask you to release the journalist held in your capital since October.",
        "Respectfully,",
        "Signe Halvorsen Okafor\nMember of Parliament",
    )
    assert [(kind, sender) for kind, sender, _ in got] == [("letter", "Signe Halvorsen Okafor")]


def test_a_double_space_inside_a_name_is_a_typo() -> None:
    got = found_acts("The letter was signed by Ilsa  Varnek and sent to King Otto Brandt on Monday.")
    assert got == [("letter", "Ilsa Varnek", ("Otto Brandt",))]
