"""'from A and from B', 'to A, to B and to C': a list whose items repeat the preposition that opens it
names one party per item. Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import sent_pairs


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "President Aldo Verran of Freedonia received letters from Prime Minister Kesi Orlamo of Sylvania and "
            "from President Dina Paolu of Ruritania.",
            {("Kesi Orlamo", "Aldo Verran"), ("Dina Paolu", "Aldo Verran")},
        ),
        (
            "On Tuesday, President Aldo Verran of Freedonia sent messages to Prime Minister Kesi Orlamo of "
            "Sylvania, to President Dina Paolu of Ruritania and to King Ivo Stren of Grand Fenwick.",
            {("Aldo Verran", "Kesi Orlamo"), ("Aldo Verran", "Dina Paolu"), ("Aldo Verran", "Ivo Stren")},
        ),
        (
            "On Tuesday the Freedonian president, Aldo Verran, received congratulatory cables from Kesi Orlamo, "
            "from Dina Paolu and from Ivo Stren.",
            {("Kesi Orlamo", "Aldo Verran"), ("Dina Paolu", "Aldo Verran"), ("Ivo Stren", "Aldo Verran")},
        ),
    ],
)
def test_each_item_after_the_preposition_again(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert sent_pairs(sentence) == expected


def test_a_second_from_phrase_that_names_no_one_adds_no_sender() -> None:
    got = sent_pairs(
        "President Aldo Verran of Freedonia received a letter from Prime Minister Kesi Orlamo of Sylvania and "
        "from the hands of her envoy."
    )
    assert got == {("Kesi Orlamo", "Aldo Verran")}
