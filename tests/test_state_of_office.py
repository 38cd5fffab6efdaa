"""A description that names a state ("the US president", "the French prime minister") denotes no
person the report ties to another state. Every sentence here is invented; the states are real, the
people are not."""

from __future__ import annotations

import pytest

from lettertrace import names
from test_extract import report, run, sent_pairs

CALL = "Slovenian President Ana Berg spoke with Chancellor Hal Moro on Monday. Tom Hale flew to Rome."


@pytest.mark.parametrize(
    "description, code",
    [
        ("the US president", "US"),
        ("President of the United States", "US"),
        ("the Slovenian president", "SI"),
        ("the French prime minister", "FR"),
        ("the Nigerian leader", "NG"),  # Nigeria's, not Niger's
        ("the Iraqi foreign minister", "IQ"),
        ("the Uzbek president", "UZ"),
        ("the UK envoy", "GB"),
    ],
)
def test_a_description_names_its_state(description: str, code: str) -> None:
    assert names.states_named(description) == {code}


@pytest.mark.parametrize(
    "description", ["the UN chief", "the EU envoy", "the IT minister", "the Prime Minister"]
)
def test_bodies_and_titles_name_no_state(description: str) -> None:
    assert names.states_named(description) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The US president wrote to Moro on Tuesday.",  # active
        "Moro received a letter from the US president on Tuesday.",  # the other direction
        "A message from the UAE president reached Moro on Tuesday.",  # nominal
    ],
)
def test_an_office_of_another_state_is_not_the_president_named_before(sentence: str) -> None:
    pairs = sent_pairs(CALL, sentence)
    assert ("Ana Berg", "Hal Moro") in pairs  # the call
    assert len(pairs) == 2, pairs  # and one more act, not written by the Slovenian president


def test_the_description_of_the_same_state_is_still_its_holder() -> None:
    assert sent_pairs(CALL, "The Slovenian president wrote to Moro on Tuesday.") == {("Ana Berg", "Hal Moro")}


def test_a_quote_of_the_us_president_is_not_the_russian_or_french_president() -> None:
    rep = run(
        report(
            "Russian President Ivo Kral spoke by phone with French President Ana Lamy on Monday. "
            "Tom Hale announced new tariffs on Tuesday.",
            '"We will stand with our partners and we will not be moved by any threat," the US president said.',
        )
    )
    said = [q.speaker.name for q in rep.extraction.quotes if q.speaker is not None]
    assert said and not {"Ivo Kral", "Ana Lamy"} & set(said), said
