"""Thanks told as a feeling, and the capitals-and-colon dateline of agency copy (invented sentences; the
report is dated Thursday 14 March 2024): who is grateful for a letter received it ('A expressed her
gratitude for the message B had sent'), and 'MARROW: Prime Minister A ...' opens the story after the
colon, so the place is no subject of its first verb."""

from __future__ import annotations

import pytest

from lettertrace import nlp
from lettertrace.models import Options
from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Ruiz expressed her gratitude for the message of condolence that Chancellor Tomas Berg "
        "had sent after the floods.",
        "President Ana Ruiz expressed her appreciation for Chancellor Tomas Berg's message of condolence.",
        "President Ana Ruiz said she was grateful for the message of condolence that Chancellor Tomas Berg had sent.",
        "At the outset, the Chancellor of Sylvania, Tomas Berg, conveyed his thanks for the letter that "
        "President Ana Ruiz had sent him in January.",
        "Chancellor Tomas Berg voiced his appreciation for the letter that President Ana Ruiz had sent in January.",
    ],
)
def test_who_is_grateful_for_a_letter_received_it(sentence: str) -> None:
    [(kind, sender, recipients)] = found_acts(sentence)
    grateful = "Ana Ruiz" if sentence.startswith("President") else "Tomas Berg"
    assert kind in ("letter", "message") and recipients == (grateful,) and sender != grateful


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Ruiz expressed her gratitude for the support of the Sylvanian people.",
        "Analysts were grateful for the clarity of the letter.",
        "President Ana Ruiz expressed her gratitude for the message.",
    ],
)
def test_gratitude_for_no_one_s_letter_is_no_communication(sentence: str) -> None:
    assert found_acts(sentence) == []


@pytest.mark.parametrize("place", ["MARROW", "NEW AMBER", "BELMORA"])
def test_a_capitals_and_colon_dateline_is_no_part_of_the_story(place: str) -> None:
    sentence = (
        f"{place}: Prime Minister Ashok Varma on Monday wrote to his Korvanti counterpart Kiran Bahadur Rana, "
        "thanking him for his message of condolence of March 2."
    )
    assert found_acts(sentence) == [
        ("letter", "Ashok Varma", ("Kiran Bahadur Rana",)),
        ("message", "Kiran Bahadur Rana", ("Ashok Varma",)),
    ]
    doc = nlp.parse(f"Headline\n\n{sentence}\n", Options().spacy_model)
    prime = next(t for t in doc if t.text == "Prime")
    assert prime.is_sent_start
