"""'In a message sent to her counterpart B, the Prime Minister said: ...': a capitalised office after 'the',
between the letter's phrase and the verb of saying, is its writer (the parser often reads it as an apposition
of B, and B as the subject). Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Prime Minister Amira Sayed spoke at a rally on Saturday.",
            'In a message of sympathy addressed to her Lorvian counterpart Tomas Egger Brandt, the Prime Minister said: "We '
            'grieve with you."',
        ),
        (
            "Prime Minister Amira Sayed opened a bridge on Saturday.",
            'In a letter sent to his Chilean counterpart Tomas Egger, the Prime Minister wrote: "We grieve with you."',
        ),
        (
            "President Amira Sayed met farmers on Saturday.",
            'In a message sent to her Lorvian counterpart Tomas Egger, the President said: "We grieve with you."',
        ),
    ],
)
def test_the_titled_office_before_the_verb_writes(paragraphs: tuple[str, str]) -> None:
    acts = found_acts(*paragraphs)
    assert [(a[1], a[2]) for a in acts] == [("Amira Sayed", (acts[0][2][0],))], acts
    assert acts[0][2][0].startswith("Tomas"), acts


def test_a_name_after_the_comma_still_writes() -> None:
    acts = found_acts(
        "In a letter to his counterpart Tomas Egger, Foreign Minister Amira Sayed wrote that talks must go on."
    )
    assert [(a[1], a[2]) for a in acts] == [("Amira Sayed", ("Tomas Egger",))], acts
