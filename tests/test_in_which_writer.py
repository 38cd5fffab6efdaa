"""'a letter to B, in which A asked for troops': the subject of an "in which" clause on the letter's phrase
writes the letter when nothing else names its writer. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import sent_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The archive holds a letter to King Olav Brenn, in which Governor Piet Okoro asked for more troops.",
            ("Piet Okoro", "Olav Brenn"),
        ),
        (
            "The museum shows a letter addressed to King Olav Brenn in which Governor Piet Okoro asked for more "
            "troops.",
            ("Piet Okoro", "Olav Brenn"),
        ),
        (
            "The exhibition includes a cable sent to Minister Ana Holm, in which Ambassador Piet Okoro warned of "
            "unrest.",
            ("Piet Okoro", "Ana Holm"),
        ),
    ],
)
def test_in_which_subject_writes(text: str, pair: tuple[str, str]) -> None:
    assert pair in sent_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # a passive clause names no writer
        "The museum shows a letter to King Olav Brenn, in which the king is called a tyrant by Piet Okoro.",
        # the clause is on another noun than the letter's phrase
        "Governor Piet Okoro visited the palace of King Olav Brenn, in which he saw a letter.",
    ],
)
def test_no_in_which_writer(text: str) -> None:
    assert ("Piet Okoro", "Olav Brenn") not in sent_pairs(text)
