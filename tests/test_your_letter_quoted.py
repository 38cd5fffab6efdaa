"""A letter's quoted words that answer "your letter" ("In response to your letter of June 18", "Thank you
for your message", "I have received your letter of 2 May") tell of a letter the addressee wrote to the
writer before, which the quoted letter answers. Not "I have not received your letter", nor "your letter"
quoted with nothing answering it."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            'In a letter to Governor Teodoro Quintana dated Saturday, President Marian Caldwell wrote, "In '
            'response to your letter of June 18, I have today approved the declaration."',
        ),
        (
            "President Marian Caldwell wrote to Governor Teodoro Quintana on Saturday.",
            '"Thank you for your letter of June 18," she wrote.',
        ),
        (
            'In her letter to Governor Teodoro Quintana, President Marian Caldwell wrote: "I have received your '
            'message of 18 June and I agree with it."',
        ),
    ],
)
def test_the_quoted_letter_answers_your_letter(paragraphs: tuple[str, ...]) -> None:
    assert found_replies(*paragraphs) == [
        ("Marian Caldwell", ("Teodoro Quintana",), "Teodoro Quintana"),
        ("Teodoro Quintana", ("Marian Caldwell",), ""),
    ]


@pytest.mark.parametrize(
    "quote",
    [
        '"I have not received your letter of June 18," she wrote.',
        '"Your letter of June 18 was long," she wrote.',
    ],
)
def test_no_answer_no_earlier_letter(quote: str) -> None:
    got = found_replies("President Marian Caldwell wrote to Governor Teodoro Quintana on Saturday.", quote)
    assert got == [("Marian Caldwell", ("Teodoro Quintana",), "")]
