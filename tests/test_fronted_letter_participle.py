"""A letter named in a fronted phrase with a participle of its own ("In a letter to C, sent later that
month, she complained"): the participle is the letter's, the clause after it says who wrote; and the
subject pronoun of that clause never means the one the letter was addressed to."""

from __future__ import annotations

import pytest

from test_extract import found_acts

STONE_TO_WARD = ("letter", "Mary Stone", ("John Ward",))
STONE_TO_COLE = ("letter", "Mary Stone", ("Anne Cole",))


@pytest.mark.parametrize(
    "second",
    [
        "In a letter to her friend Anne Cole, sent later that month, she complained about the delay.",
        "In a letter to Anne Cole, written a week later, Stone complained about the delay.",
        "In a letter to her friend Anne Cole, she complained about the delay.",
        "In a letter sent to Anne Cole later that month, she complained about the delay.",
    ],
)
def test_the_participle_is_the_letters_and_the_pronoun_is_not_its_addressee(second: str) -> None:
    acts = found_acts(f"Mary Stone wrote to John Ward on 3 March. {second}")
    assert acts == sorted([STONE_TO_WARD, STONE_TO_COLE])


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "In a letter to the Sudland president, Ana Ruiz, sent on Monday, Prime Minister Tom Hale asked "
            "for talks.",
            "letter",
        ),
        (
            "In a letter to Sudland President Ana Ruiz dated 8 May, Prime Minister Tom Hale asked for talks.",
            "letter",
        ),
        (
            "In a message to Sudland President Ana Ruiz delivered on Monday, Prime Minister Tom Hale asked "
            "for talks.",
            "message",
        ),
    ],
)
def test_a_named_writer_after_the_participle(sentence: str, kind: str) -> None:
    assert found_acts(sentence) == [(kind, "Tom Hale", ("Ana Ruiz",))]


def test_a_caller_is_not_the_one_called() -> None:
    acts = found_acts(
        "Paul Berg met John Ward in Vienna on 3 March. In a call with Peter Kahn the next day, he described "
        "the talks."
    )
    assert ("call", "Paul Berg", ("Peter Kahn",)) in acts
