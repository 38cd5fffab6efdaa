"""A reproduced letter's copies are among its addressees: "I am copying this letter to A and to the
Speaker, B" in its text, "cc: A, Deputy Minister" under its signature. A role the tagger reads as a body
("the Taoiseach") adds no party of its own; a letter with no copy line keeps its one addressee."""

from __future__ import annotations

import pytest

from test_extract import found_acts


def letter(*lines: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return found_acts(
        "The text of the letter President Ilsa Varnek sent to King Otto Brandt on 2 March follows.",
        "Your Majesty,",
        "I write to thank you for the help your kingdom gave our people after the floods.",
        *lines,
    )


@pytest.mark.parametrize(
    "lines",
    [
        (
            "I am copying this letter to Chancellor Mira Osk and to the Speaker, Anton Krell.",
            "With my highest consideration,",
            "Ilsa Varnek",
        ),
        (
            "I have sent a copy of this letter to Chancellor Mira Osk and Anton Krell.",
            "Yours sincerely,",
            "Ilsa Varnek",
        ),
        (
            "Yours sincerely,",
            "Ilsa Varnek\nPresident of Dravia",
            "cc: Chancellor Mira Osk; Anton Krell, Speaker",
        ),
    ],
)
def test_copies_are_addressees(lines: tuple[str, ...]) -> None:
    assert letter(*lines) == [("letter", "Ilsa Varnek", ("Otto Brandt", "Mira Osk", "Anton Krell"))]


def test_no_copy_line_no_other_addressee() -> None:
    assert letter("With my highest consideration,", "Ilsa Varnek") == [
        ("letter", "Ilsa Varnek", ("Otto Brandt",))
    ]
