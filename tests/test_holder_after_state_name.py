"""'the President of North Macedonia Ana Berg': an office, 'of', a state's whole name as the CLDR gives
it, then its holder's name with no comma, however spaCy tags the name's words. Names are invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The President of North Macedonia Vesna Trajkovska Ilievska sent a letter to Prime Minister "
            "Kesi Orlamo of Sylvania on Tuesday.",
            [("letter", "Vesna Trajkovska Ilievska", ("Kesi Orlamo",))],
        ),
        (
            "On Tuesday the Prime Minister of Sierra Leone Aminata Kamara Sesay wrote to President Aldo Verran "
            "of Freedonia.",
            [("letter", "Aminata Kamara Sesay", ("Aldo Verran",))],
        ),
        (
            "President Aldo Verran of Freedonia received a letter on Tuesday from the President of Costa Rica "
            "Lucia Mora Vargas.",
            [("letter", "Lucia Mora Vargas", ("Aldo Verran",))],
        ),
    ],
)
def test_the_holder_named_after_the_state(
    sentence: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert found_acts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        (
            "The President of North Macedonia sent a letter to Prime Minister Kesi Orlamo of Sylvania.",
            "Macedonia",
        ),
        (
            "The Prime Minister of Sierra Leone wrote to President Aldo Verran of Freedonia on Tuesday.",
            "Leone",
        ),
    ],
)
def test_a_state_name_alone_is_no_holder(sentence: str, sender: str) -> None:
    (got,) = found_acts(sentence)
    assert got[1].endswith(sender)  # the office of that state, not a person named after its last word
