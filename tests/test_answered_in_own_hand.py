"""'B replied in her own hand from the palace on 9 March': how and where a written answer was made leave it
a written reply to the letter B was sent; 'replied in a statement' is no letter. Every sentence here is
invented."""

from __future__ import annotations

import pytest

from test_extract import found_replies

LETTER = "King Aldric IV wrote to President Ana Valdes on 2 March 1861."


@pytest.mark.parametrize(
    "told",
    [
        "Valdes replied in her own hand from the Summer Palace on 9 March 1861, assuring the King of her goodwill.",
        "A week later, President Valdes answered in her own hand on 9 March 1861, assuring the King of her "
        "friendship.",
        "A week later, President Valdes replied from Vestra Castle on 9 March 1861, thanking the King for his "
        "kindness.",
    ],
)
def test_a_reply_written_in_her_hand_or_from_a_place(told: str) -> None:
    assert ("Ana Valdes", ("Aldric IV",), "Aldric IV") in found_replies(LETTER, told)


def test_a_reply_in_a_statement_is_no_letter() -> None:
    assert found_replies(LETTER, "Valdes replied in a statement on 9 March 1861.") == [
        ("Aldric IV", ("Ana Valdes",), "")
    ]
