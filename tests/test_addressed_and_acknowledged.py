"""'The joint letter ... is addressed to Commissioner A and Commissioner B': every addressee of the list after
the passive verb's 'to', read left to right (the parse of the coordination may lose the first); and 'B
acknowledged his letter in a reply sent to A': the letter is what the reply answers, not the reply. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    "paragraph, sender, recipients",
    [
        (
            "The joint letter, dated 9 February and drafted by Estlandic Foreign Minister Oskar Brenner, is "
            "addressed to Energy Commissioner Lina Marek and Trade Commissioner Ivo Sand.",
            "Oskar Brenner",
            ("Lina Marek", "Ivo Sand"),
        ),
        (
            "The open letter, signed by forty writers and composed by novelist Hana Novak, was addressed to "
            "President Karl Weber and Prime Minister Tomas Varga.",
            "Hana Novak",
            ("Karl Weber", "Tomas Varga"),
        ),
        (
            "The letter was sent by Mayor Ida Strand to Governor Omar Selim and Senator Rui Lobo on Monday.",
            "Ida Strand",
            ("Omar Selim", "Rui Lobo"),
        ),
    ],
)
def test_every_addressee_after_a_passive_to(paragraph: str, sender: str, recipients: tuple[str, ...]) -> None:
    assert found_acts(paragraph) == [("letter", sender, recipients)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Foreign Minister Oskar Brenner wrote to Commissioner Lina Marek on Monday. Marek acknowledged his letter "
        "in a reply sent to Brenner on Wednesday.",
        "Foreign Minister Oskar Brenner wrote to Commissioner Lina Marek on Monday. On Wednesday Marek acknowledged "
        "the letter in a short reply to Brenner.",
        "Foreign Minister Oskar Brenner wrote to Commissioner Lina Marek on Monday. Marek acknowledged his message "
        "in a reply to Brenner two days later.",
    ],
)
def test_the_acknowledged_letter_is_answered(paragraph: str) -> None:
    assert ("Lina Marek", ("Oskar Brenner",), "Oskar Brenner") in found_replies(paragraph), found_replies(
        paragraph
    )
