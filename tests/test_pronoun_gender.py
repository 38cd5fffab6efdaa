"""A pronoun does not mean a person the report marks as of the other sex: by a form of address ("Mr",
"Queen", "King") or by a "he"/"she" that was the subject of that person's own sentence ("A sent B a
message in which he wished her well, while C sent her a telegram": her is B, not A)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


def test_a_he_of_the_same_sentence_is_no_her() -> None:
    got = found_acts(
        "On Monday, Prime Minister Lorenzo Baldacci sent President Graciela Montoya a message in which he wished "
        "her success, while King Felipe Ruiz sent her a telegram of congratulations."
    )
    assert ("message", "Felipe Ruiz", ("Graciela Montoya",)) in got


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Mr Daniel Fenn met Chancellor Mira Osk on Monday.",
            "Later she wrote to him about the talks.",
            ("letter", "Mira Osk", ("Daniel Fenn",)),
        ),
        (
            "Queen Anna Holm received President Daniel Fenn on Monday.",
            "He later sent her a letter of thanks.",
            ("letter", "Daniel Fenn", ("Anna Holm",)),
        ),
        (
            "King Otto Brandt received Chancellor Mira Osk on Monday.",
            "She later sent him a letter of thanks.",
            ("letter", "Mira Osk", ("Otto Brandt",)),
        ),
    ],
)
def test_a_form_of_address_tells_who_the_pronoun_is(
    first: str, second: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert found_acts(first, second) == [expected]
