"""A joint letter of 'the foreign ministers of X, Y and Z' is sent by the holder of X's office, who leads
the list, when the report names him and ties him to X; and 'the letter, co-signed by B' does not make the
co-signer the sender of a letter told of before. Invented people; real states."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The foreign ministers of Finland, Sweden and Denmark have jointly written to the NATO Secretary-General,"
            " Anna Berg, Finnish Foreign Minister Tomas Hall said on Wednesday.",
        ),
        (
            "The foreign ministers of Finland, Sweden and Denmark have jointly written to the NATO Secretary-General,"
            " Anna Berg, Finnish Foreign Minister Tomas Hall said on Wednesday.",
            "The letter, sent on Tuesday and co-signed by Sweden's Ivo Kant and Denmark's Lev Marr, asks for more"
            " patrols.",
        ),
        (
            "The foreign ministers of Finland, Sweden and Denmark wrote jointly to Anna Berg on Tuesday.",
            "Finland's Foreign Minister Tomas Hall said the letter was urgent.",
        ),
    ],
)
def test_the_first_places_holder_sends_the_joint_letter(paragraphs: tuple[str, ...]) -> None:
    assert found_acts(*paragraphs) == [("letter", "Tomas Hall", ("Anna Berg",))]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The foreign ministers of Finland, Sweden and Denmark wrote jointly to Anna Berg on Tuesday.",),
        (  # the holder named is not the first place's
            "The foreign ministers of Finland, Sweden and Denmark wrote jointly to Anna Berg on Tuesday.",
            "Sweden's Foreign Minister Ivo Kant said the letter was urgent.",
        ),
    ],
)
def test_without_the_first_places_holder_the_group_writes(paragraphs: tuple[str, ...]) -> None:
    assert found_acts(*paragraphs) == [
        ("letter", "foreign ministers of Finland, Sweden and Denmark", ("Anna Berg",))
    ]


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        ("A letter co-signed by 40 MPs was sent to Prime Minister Lise Varga on Tuesday.", "40 MPs"),
        (
            "The letter, initiated by Mayor Piet Okoro and co-signed by Mayor Lina Soto, was sent to Prime"
            " Minister Lise Varga.",
            "Piet Okoro",
        ),
    ],
)
def test_a_letter_first_told_as_co_signed_keeps_its_signers(sentence: str, sender: str) -> None:
    assert found_acts(sentence) == [("letter", sender, ("Lise Varga",))]
