"""An office 'of' one place is never the holder of that office 'of' another, and a list of addressees set
off by a parenthetical ('sent greetings, in particular, to A and B') is still the list (invented sentences;
the report is dated Thursday 14 March 2024)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


def test_the_president_of_one_state_writes_to_the_president_of_another() -> None:
    [(_, sender, recipients)] = found_acts(
        "President Tomas Berg of Sylvania wrote to the President of Ostmark on Monday."
    )
    assert sender == "Tomas Berg" and recipients == ("President of Ostmark",)


def test_an_office_of_the_same_place_is_its_holder() -> None:
    got = found_acts(
        "President of Sylvania Tomas Berg wrote to Ana Ruiz on Monday.",
        "The President of the Republic thanked her.",
    )
    assert got == [("letter", "Tomas Berg", ("Ana Ruiz",))]


@pytest.mark.parametrize("aside", ["in particular", "among others", "notably"])
def test_a_parenthetical_before_the_addressees_keeps_them(aside: str) -> None:
    got = found_acts(
        f"Ana Ruiz sent greetings, {aside}, to President of Sylvania Tomas Berg and President of Ostmark Vera Holm."
    )
    assert got == [("message", "Ana Ruiz", ("Tomas Berg",)), ("message", "Ana Ruiz", ("Vera Holm",))]


def test_an_unnamed_sender_of_another_state_is_no_addressee() -> None:
    got = found_acts(
        "The President of Freedonia sent greetings, in particular, to President of Sylvania Tomas Berg and "
        "President of Ostmark Vera Holm."
    )
    assert all(sender not in ("Tomas Berg", "Vera Holm") for _, sender, _ in got)
