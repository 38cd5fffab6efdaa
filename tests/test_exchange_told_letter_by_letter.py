"""'A and B have exchanged a series of letters ... The exchange began with a letter from A ... B answered':
a counted exchange is one act each way, and a letter of either side that names no addressee went to
the other. Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies

EXCHANGED = [
    "President Aldo Verran of Freedonia and his Sylvanian counterpart Kesi Orlamo have exchanged a series of letters "
    "on the customs union.",
    "Aldo Verran and Kesi Orlamo have exchanged a number of letters on the customs union.",
    "President Aldo Verran of Freedonia has exchanged a flurry of letters with Prime Minister Kesi Orlamo of Sylvania.",
]


@pytest.mark.parametrize("sentence", EXCHANGED)
def test_a_counted_exchange_is_one_letter_each_way(sentence: str) -> None:
    assert found_acts(sentence) == [
        ("letter", "Aldo Verran", ("Kesi Orlamo",)),
        ("letter", "Kesi Orlamo", ("Aldo Verran",)),
    ]


@pytest.mark.parametrize("sentence", EXCHANGED)
def test_a_letter_of_one_side_goes_to_the_other(sentence: str) -> None:
    got = found_replies(
        sentence,
        "The exchange began with a letter from Verran dated 20 February, in which he proposed a joint commission.",
        "Orlamo answered on 1 March, welcoming the proposal.",
    )
    assert got == [("Aldo Verran", ("Kesi Orlamo",), ""), ("Kesi Orlamo", ("Aldo Verran",), "Aldo Verran")]


def test_no_addressee_without_an_exchange() -> None:
    got = found_acts(
        "President Aldo Verran of Freedonia met Prime Minister Kesi Orlamo of Sylvania in May.",
        "A letter from Verran dated 20 February proposed a joint commission.",
    )
    assert got == []
