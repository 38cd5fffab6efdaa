"""'Head of State A ... the Kyrgyz President phoned B': a person the report titles head of state holds the
office of president, king or emir that a later description names, when nothing ties the description to
another person. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Head of State Arman Serikov sent a telegram of sympathy to President of Finland Ilona Marsh.",
            "Later that day, the Kazakh President phoned his Finnish counterpart.",
        ),
        (
            "Head of State Igor Zamir met farmers on Monday. The Kyrgyz President later phoned Prime Minister Tomas Egger.",
        ),
        (
            "Head of State Igor Zamir opened a dam on Monday.",
            "On Tuesday the President wrote to Prime Minister Tomas Egger.",
        ),
    ],
)
def test_the_head_of_state_is_the_president_described(paragraphs: tuple[str, ...]) -> None:
    acts = found_acts(*paragraphs)
    assert acts and all(a[1] in ("Arman Serikov", "Igor Zamir") for a in acts), acts


def test_a_president_named_as_such_stays_the_holder() -> None:
    acts = found_acts(
        "Head of State Igor Zamir met farmers on Monday. President Ilona Marsh of Finland wrote to Prime "
        "Minister Tomas Egger. The Finnish President also phoned him."
    )
    assert all(a[1] == "Ilona Marsh" for a in acts), acts
