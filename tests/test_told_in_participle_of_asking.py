"""A letter told in a participle of the verb that asks or urges someone ("A urged B to act, warning in an open
letter that ...", "A asked B to free them, arguing in a letter that ..."): the letter is to the one asked. A
participle of a verb that addresses no one ("A met B, saying in a letter later ...") names no addressee."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        (
            "The bishops of Mavunda have urged President Armindo Nhaluma to rule out a third term, warning in an open "
            "letter that any attempt to amend the constitution could divide the nation.",
            "bishops of Mavunda",
        ),
        (
            "Bishop Manuel Tembe asked President Armindo Nhaluma on Friday to free the prisoners, arguing in a letter "
            "that the law required it.",
            "Manuel Tembe",
        ),
        (
            "Bishop Manuel Tembe pressed President Armindo Nhaluma to spare the prisoners, insisting in a letter that "
            "they were innocent.",
            "Manuel Tembe",
        ),
    ],
)
def test_the_letter_goes_to_the_one_asked(sentence: str, sender: str) -> None:
    assert found_acts(sentence) == [("letter", sender, ("Armindo Nhaluma",))]


def test_no_one_asked_no_addressee() -> None:
    got = found_acts(
        "Bishop Manuel Tembe met President Armindo Nhaluma on Friday, saying in a letter later that the talks were "
        "useful."
    )
    assert got == []
