"""An answer told as the setting of a verb of answering what was proposed ("B declined A's invitation in a
letter", "rejected the offer of A in a message", "turned down A's proposal in a letter"): the letter goes to
the one who proposed. A letter that names its addressee keeps it; a verb that answers nothing ("criticised
A's offer in a letter") and an offer of no person name no addressee."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Chancellor Anatole Brandt accepted President Oona Vale's invitation in a letter on Monday.",
            "letter",
        ),
        (
            "Chancellor Anatole Brandt declined the invitation of President Oona Vale in a letter sent on Monday.",
            "letter",
        ),
        (
            "In a brief message on Monday, Chancellor Anatole Brandt turned down President Oona Vale's proposal.",
            "message",
        ),
        (
            "In a letter on Monday, Chancellor Anatole Brandt accepted an invitation from President Oona Vale.",
            "letter",
        ),
        (
            "Chancellor Anatole Brandt rejected President Oona Vale's offer of talks in a letter on Monday.",
            "letter",
        ),
    ],
)
def test_the_answer_goes_to_the_proposer(sentence: str, kind: str) -> None:
    assert found_acts(sentence) == [(kind, "Anatole Brandt", ("Oona Vale",))]


def test_a_named_addressee_is_kept() -> None:
    got = found_acts(
        "Chancellor Anatole Brandt rejected President Oona Vale's offer in a letter to Prime Minister Ilse Marr on "
        "Monday."
    )
    assert got == [("letter", "Anatole Brandt", ("Ilse Marr",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chancellor Anatole Brandt criticised President Oona Vale's offer in a letter on Monday.",
        "Chancellor Anatole Brandt rejected the terms of the treaty in a letter on Monday.",
        "Chancellor Anatole Brandt rejected his own party's proposal in a letter on Monday.",
    ],
)
def test_no_proposer_no_addressee(sentence: str) -> None:
    assert found_acts(sentence) == []
