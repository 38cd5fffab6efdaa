"""'B received, in his office in the capital, a letter from A': an object set off from its verb by a
place phrase that holds a place of its own, which the parser hangs on the last place as an apposition.
Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "President Aldo Verran of Freedonia received, in his office in Freeport, a letter from "
            "Prime Minister Kesi Orlamo of Sylvania.",
            [("letter", "Kesi Orlamo", ("Aldo Verran",))],
        ),
        (
            "Prime Minister Kesi Orlamo of Sylvania received, at her residence in the old quarter of Lunet, "
            "a message from President Aldo Verran of Freedonia.",
            [("message", "Aldo Verran", ("Kesi Orlamo",))],
        ),
        (
            "On Tuesday the Freedonian president, Aldo Verran, received, in the main hall of the palace, a letter "
            "from Prime Minister Kesi Orlamo of Sylvania.",
            [("letter", "Kesi Orlamo", ("Aldo Verran",))],
        ),
    ],
)
def test_object_after_a_place_of_a_place(
    sentence: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert found_acts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "President Aldo Verran of Freedonia worked late in his office in Freeport, a city known for its printers.",
        "President Aldo Verran of Freedonia lived for years in a flat in Freeport, a letter from Prime Minister "
        "Kesi Orlamo of Sylvania framed on the wall.",
    ],
)
def test_no_act_where_no_verb_of_sending_governs_the_noun(sentence: str) -> None:
    assert found_acts(sentence) == []
