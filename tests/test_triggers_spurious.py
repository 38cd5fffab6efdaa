"""A letter the report says is not genuine is no communication: 'a forged letter', 'a document presented
as a letter from A', 'the letter was fabricated', 'the letter is not genuine'; nor one a denial answers
('denied reports claiming that A had sent a letter', 'there is no evidence that A wrote to B').
Look-alikes: a letter that denies something ('A denied the allegations in a letter to B', 'A wrote to B,
denying reports that he was ill') and a letter only hedged ('purportedly sent by A', 'an alleged letter')
stay. Invented names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_acts

A, B = "President Chidi Okafor", "Bola Ade"


@pytest.mark.parametrize(
    "text",
    [
        f"A document presented as a letter from {A} to {B} is circulating on WhatsApp.",
        f"A forged letter from {A} to {B} circulated on Monday.",
        f"The presidency denied reports claiming that {A} had sent a secret letter to {B}.",
        f"There is no evidence that {A} wrote to {B}.",
        f"The 'letter' from {A} to {B} was fabricated, the ministry said on Monday.",
        f"The ministry said on Monday that the letter from {A} to {B} is not genuine.",
    ],
)
def test_a_letter_said_not_genuine_is_no_act(text: str) -> None:
    assert found_acts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"{A} denied the allegations in a letter to {B} on Monday.",
        f"{A} wrote to {B} on Monday, denying reports that he was ill.",
        f"{A} sent a letter to {B} on Monday alleging fraud in the count.",
        f"A letter purportedly sent by {A} to {B} on Monday was leaked to the press.",
        f"An alleged letter from {A} to {B}, dated Monday, was leaked to the press.",
    ],
)
def test_a_letter_that_denies_stays(text: str) -> None:
    assert found_acts(text) == [("letter", "Chidi Okafor", (B,))]
