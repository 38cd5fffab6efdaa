"""A copy of a letter sent to someone else makes that one an addressee of the same letter, not a second
letter: 'A copy of the letter has also been sent to C', 'The letter was copied to C'. Look-alikes: a copy
seen by reporters adds no one; a letter of the sender's own to C is its own act. Invented sentences."""

from __future__ import annotations

import pytest

from test_patterns import acts

A, B, C = "Tomas Kettle", "Ida Ostrova", "Alma Verhoeven"
FIRST = (
    f"Opposition leader {A} has sent a letter to Speaker {B} seeking the disqualification of four members."
)


@pytest.mark.parametrize(
    "second, expected",
    [
        (f"A copy of the letter has also been sent to the Governor, {C}.", [("letter", A, (B, C))]),
        (f"The letter was copied to Governor {C}.", [("letter", A, (B, C))]),
        (f"Copies of the letter were forwarded to Governor {C}.", [("letter", A, (B, C))]),
        # look-alikes
        ("A copy of the letter was seen by reporters.", [("letter", A, (B,))]),
        (f"On Friday, {A} wrote to Governor {C} as well.", [("letter", A, (C,)), ("letter", A, (B,))]),
    ],
)  # fmt: skip
def test_a_copy_is_the_same_letter(second: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert acts(FIRST + " " + second) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"President {B} read the letter left for her by her predecessor, {A}.", [("letter", A, (B,))]),
        (f"President {A} left the letter on his desk and flew to the summit.", []),
        (f"{A} wrote to {B} on 2 March. On 5 March she left the letter for {C} to read.", [("letter", A, (B,))]),
    ],
)  # fmt: skip
def test_a_letter_left_for_someone(sentence: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    """'the letter left for her by her predecessor' is a letter to her; leaving a letter already sent for
    another to read sends nothing new."""
    assert acts(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (f"The governor, {B}, wrote to the interior minister, {A}, copying the prime minister, {C}.",
         [("letter", B, (A, C))]),
        (f"The governor, {B}, wrote to the interior minister, {A}, with a copy to Prime Minister {C}.",
         [("letter", B, (A, C))]),
        (f"The governor, {B}, wrote to {A} on Monday, copying her letter of January.", [("letter", B, (A,))]),
    ],
)  # fmt: skip
def test_those_copied_are_addressees(sentence: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert acts(sentence) == expected
