"""'In a cable signed on her behalf by her Chief of Staff, C, Queen A sent ...': the one who signs for
another is no sender; the principal is. The parser often takes the name set off after the signer's office
for the clause's subject (joined to the real subject as a conjunct, an apposition, or a second subject).
Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence, act",
    [
        (
            "In a cable signed on his behalf by the Cardinal Secretary, Enzo Marrone, Pope Clement offered his "
            "sympathy to President Ana Valdes.",
            ("message", "Clement", ("Ana Valdes",)),
        ),
        (
            "In a message signed on her behalf by the Chief of Staff, Tomas Berger, Queen Mirela conveyed her "
            "sympathy to President Ana Valdes.",
            ("message", "Mirela", ("Ana Valdes",)),
        ),
        (
            "In a letter signed on his behalf by his deputy, Oren Falk, Prime Minister Karl Mett thanked "
            "President Lina Soto for her support.",
            ("letter", "Karl Mett", ("Lina Soto",)),
        ),
        (
            "In a cable signed on his behalf by the Minister of State, Piet Okoro, King Aldric IV sent his "
            "congratulations to President Mara Ilves.",
            ("message", "Aldric IV", ("Mara Ilves",)),
        ),
    ],
)
def test_the_principal_sends_what_another_signed(
    sentence: str, act: tuple[str, str, tuple[str, ...]]
) -> None:
    assert found_acts(sentence) == [act]


@pytest.mark.parametrize(
    "sentence, act",
    [
        (
            "A letter signed by Tomas Berger was sent to Prime Minister Karl Mett on Monday.",
            ("letter", "Tomas Berger", ("Karl Mett",)),
        ),
        (
            "In a letter signed by the chair of the union, Tomas Berger, the workers asked Prime Minister Karl "
            "Mett for talks.",
            ("letter", "Tomas Berger", ("Karl Mett",)),
        ),
    ],
)
def test_a_signer_for_no_one_else_still_sends(sentence: str, act: tuple[str, str, tuple[str, ...]]) -> None:
    assert found_acts(sentence) == [act]
