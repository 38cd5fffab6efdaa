"""A reproduced letter that opens 'I am writing further to your letter of 8 December', 'With reference to
your letter of 2 February', 'Following your letter of 11 January' or 'I refer to your letter of 4 April'
answers a letter of its addressee to its writer, dated as said. 'Further to my letter of 8 December' tells
of an earlier letter of the writer to the addressee, which answers nothing.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_replies

HEAD = "The Premier of Norland, Ana Valdes, today sent a letter to the Prime Minister, Tomas Berger. Its text follows."
FOOT = (
    "Please accept, Prime Minister, the assurance of my highest consideration.",
    "Ana Valdes\nPremier of Norland",
)


@pytest.mark.parametrize(
    "opening",
    [
        "I am writing further to your letter of December 8, 2023, in which you promised to study our requests.",
        "With reference to your letter of 2 February, I must tell you that the hospital cannot stay open.",
        "Following your letter of 11 January, our council has met to consider the plan.",
        "I refer to your letter of 4 April about the harbour.",
    ],
)
def test_the_letter_takes_up_the_addressees(opening: str) -> None:
    found = found_replies(
        HEAD, "Dear Prime Minister,", opening, "Our services have reached their limit.", *FOOT
    )
    assert found == [("Ana Valdes", ("Tomas Berger",), "Tomas Berger"), ("Tomas Berger", ("Ana Valdes",), "")]


@pytest.mark.parametrize(
    "opening",
    [
        "Further to my letter of 8 December, I write to you again.",
        "Our letter of 3 May 2023 has gone unanswered.",
        "I write again about the matter raised in my letter of 12 January, to which I have had no answer.",
    ],
)
def test_the_writers_own_earlier_letter_is_answered_by_nothing(opening: str) -> None:
    """'my letter of 8 December' in the writer's own words: an earlier letter of the writer to the
    addressee, which neither letter answers."""
    found = found_replies(HEAD, "Dear Prime Minister,", opening, *FOOT)
    assert found == [("Ana Valdes", ("Tomas Berger",), ""), ("Ana Valdes", ("Tomas Berger",), "")]


def test_an_earlier_letter_to_others_is_no_letter_to_the_addressee() -> None:
    found = found_replies(
        HEAD, "Dear Prime Minister,", "Our letter to the governors of 3 May 2023 was never answered.", *FOOT
    )
    assert found == [("Ana Valdes", ("Tomas Berger",), "")]
