"""'HM the King', 'the Sovereign', 'HRH the Crown Prince': a form of address written short, or the word the
press uses for a monarch, stands for the holder the report named before. A description that is another
argument of a clause never denotes the clause's own subject: "King A, in a message to the King, ..." is
written to another king. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts

OPENING = "Oslo - His Majesty King Aldric IV has received messages of sympathy after the floods."


@pytest.mark.parametrize(
    "sentence, sender",
    [
        (
            "His Majesty King Tormund II of Sweden, in a message to HM the King, conveyed the condolences of the "
            "Swedish people.",
            "Tormund II",
        ),
        (
            "Queen Mirela of Denmark, in a message to the Sovereign, conveyed the condolences of the Danish people.",
            "Mirela",
        ),
        (
            "In a message to the King, Queen Mirela of Denmark conveyed the condolences of the Danish people.",
            "Mirela",
        ),
        ("King Tormund II of Sweden sent a cable to the Sovereign on Friday.", "Tormund II"),
    ],
)
def test_the_monarch_addressed_is_the_one_named_before(sentence: str, sender: str) -> None:
    acts = [a for a in found_acts(OPENING, sentence) if a[1]]
    assert acts == [("message", sender, ("Aldric IV",))], acts


def test_the_crown_prince_addressed_short() -> None:
    acts = found_acts(
        "Crown Prince Faisal Omran toured the port on Monday.",
        "President Ana Valdes of Chile, in a cable to HRH the Crown Prince, offered her condolences.",
    )
    assert acts == [("message", "Ana Valdes", ("Faisal Omran",))], acts


def test_a_sovereign_word_in_another_sense_names_no_one() -> None:
    acts = found_acts(OPENING, "The bank defended the sovereign debt in a letter to investors.")
    assert not any("debt" in a[1].lower() or "Sovereign" in a[2] for a in acts), acts
