"""'HM the King', 'the Sovereign', 'HRH the Crown Prince': a form of address written short, or the word the
press uses for a monarch, stands for the holder the report named before. A description that is another
argument of a clause never denotes the clause's own subject: "King A, in a message to the King, ..." is
written to another king. Every sentence here is invented."""

from __future__ import annotations

import pytest

from lettertrace import nlp
from lettertrace.extract.index import PartyIndex
from lettertrace.models import Options
from test_extract import found_acts

MODEL = Options().spacy_model

OPENING = "Oslo - His Majesty King Aldric IV has been receiving cables from abroad since the floods."


@pytest.mark.parametrize(
    "sentence, sender",
    [
        (
            "King Tormund II of Sweden, in a cable to HM the King, voiced the grief of his government.",
            "Tormund II",
        ),
        (
            "Queen Mirela of Denmark, in a telegram to the Sovereign, spoke of her sorrow over the floods.",
            "Mirela",
        ),
        (
            "In a telegram to the King, Queen Mirela of Denmark spoke of her sorrow over the floods.",
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


@pytest.mark.parametrize(
    "told",
    [
        "The Queen's letter assured the Emperor of her wish to stay at peace with him.",
        "In her letter the Queen reminded the Emperor of the treaty his father had signed.",
        "The Queen's reply informed the Emperor of her decision.",
    ],
)
def test_what_the_one_addressed_is_told_is_no_part_of_his_office(told: str) -> None:
    """'assured the Emperor of her wish': the 'of' phrase is the verb's, and 'the Emperor' is the one
    named before."""
    doc = nlp.parse(f"Tewan III, Emperor of Aksaria, wrote to Queen Mirela in 1862. {told}", MODEL)
    idx = PartyIndex(doc)
    emperor = [t for t in doc if t.text == "Emperor"][-1]
    held = idx.party_at(emperor)
    assert held is not None and held.name == "Tewan III", held
