"""A reply told as the setting of a verb of replying ("In a letter, B replied to A", "B responded to A in a
letter dated ...", "replied to the accusations of A in a letter"): the one replied to, or the owner of what
was answered, is the addressee. A reply to a thing of no one ("responded to the accusations in a letter")
names no addressee."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "In a letter dated 8 August 2023, Colonel Abdoulaye Sango responded to Dr Efua Mbeki-Tano, the President "
        "of the Commission.",
        "Colonel Abdoulaye Sango responded to Dr Efua Mbeki-Tano in a letter dated 8 August 2023.",
        "In a letter on Monday, Colonel Abdoulaye Sango replied to Dr Efua Mbeki-Tano point by point.",
        "In a letter on Monday, Colonel Abdoulaye Sango replied to the accusations of Dr Efua Mbeki-Tano.",
        "The general secretary, Colonel Abdoulaye Sango, responded to Dr Efua Mbeki-Tano's ultimatum in a letter "
        "on Monday.",
    ],
)
def test_the_one_replied_to_is_addressed(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Abdoulaye Sango", ("Efua Mbeki-Tano",))]


def test_a_reply_to_no_one_names_no_addressee() -> None:
    assert found_acts("Colonel Abdoulaye Sango responded to the accusations in a letter on Monday.") == []
