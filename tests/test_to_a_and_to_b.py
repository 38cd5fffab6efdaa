"""'A letter addressed to A and to the president of X', 'wrote to A and to B': the preposition said again
opens another addressee, an office no name holds among them. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ana Ruiz wrote to Secretary-General Ivo Kant and to the president of the Security Council"
        " on Tuesday.",
        "In a letter addressed to Secretary-General Ivo Kant and to the president of the Security Council, Foreign"
        " Minister Ana Ruiz said the attacks were a threat.",
        "In a letter dated Tuesday and addressed to Secretary-General Ivo Kant and to the president of the Security"
        " Council, Foreign Minister Ana Ruiz said the attacks were a threat.",
    ],
)
def test_both_addressees(sentence: str) -> None:
    assert [(s, r) for _k, s, r in found_acts(sentence)] == [
        ("Ana Ruiz", ("Ivo Kant", "president of the Security Council"))
    ]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Foreign Minister Ana Ruiz wrote to Ivo Kant and to Lena Marr on Tuesday.",
            ("Ivo Kant", "Lena Marr"),
        ),
        ("Foreign Minister Ana Ruiz wrote to Ivo Kant and to the press on Tuesday.", ("Ivo Kant",)),
    ],
)
def test_the_repeated_preposition_lists_people_not_things(sentence: str, want: tuple[str, ...]) -> None:
    assert [r for _k, _s, r in found_acts(sentence)] == [want]
