"""A person's name the recogniser took for a place or a body, set after a comma in apposition to an office
("the Governor of the Central Bank, A B"), is a person's name; a name that renames the common noun an
office hangs on ("the governor of the province, Upper Kessel") stays a place."""

from __future__ import annotations

import pytest

from lettertrace import nlp
from lettertrace.models import Options
from test_extract import found_acts


@pytest.mark.parametrize("to", ["Natalya Sadykova", "Irina Yusupova", "Galina Ismailova"])
def test_name_apposed_to_an_office_is_a_person(to: str) -> None:
    doc = nlp.parse(
        f"He published an open letter to the Governor of the Central Bank, {to}, in which he accuses the regulator.",
        Options().spacy_model,
    )
    assert [e.label_ for e in doc.ents if e.text == to] == ["PERSON"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister flew to the capital of the region, New Kessel, on Monday.",
        "He wrote to the head of the school, Saint Kessel College, on Monday.",  # the head word of a body
    ],
)
def test_name_apposed_to_no_office_stays_a_place(sentence: str) -> None:
    doc = nlp.parse(sentence, Options().spacy_model)
    assert [e.text for e in doc.ents if "Kessel" in e.text and e.label_ != "PERSON"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary-General has received a letter dated 7 March 2023 from the Minister for Foreign Affairs of "
        "the Republic of Marovia, Ms. Ilse Varga, in which the Government of Marovia requests observers.",
        "The Secretary-General has received a letter dated 7 March from the Foreign Minister of Marovia, Ilse "
        "Varga, requesting observers.",
        "The Secretary-General has received a letter from the Minister for Foreign Affairs of Marovia, Ilse Varga, "
        "in which she requests observers.",
    ],
)
def test_the_portfolio_is_no_name_and_the_apposed_holder_writes(sentence: str) -> None:
    assert ("letter", "Ilse Varga", ("Secretary-General",)) in found_acts(sentence)
