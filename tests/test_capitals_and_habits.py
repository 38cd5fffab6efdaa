"""A word in capitals ("ASEAN", "NATO") is that word or an acronym, never a variant spelling of a
person's name ("Hasan"); a name in capitals ("BERG") is still the name. 'speak' in the simple present
says how people speak ("A and I speak frankly as friends"), not that they called, even in a report that
tells of calls. Invented people."""

from __future__ import annotations

import pytest

from lettertrace import names, nlp
from lettertrace.extract.call_media import habitual
from lettertrace.models import Options
from test_extract import found_acts


@pytest.mark.parametrize(
    "word, name, same",
    [
        ("ASEAN", "Omar Hasan", False),
        ("OSCE", "Ana Oske", False),
        ("BERG", "Ana Berg", True),
        ("Hassan", "Omar Hasan", True),
    ],
)
def test_a_word_in_capitals(word: str, name: str, same: bool) -> None:
    assert names.same_person(word, name) is same
    assert names.same_person(name, word) is same


def test_an_acronym_in_a_quote_is_no_one_who_speaks() -> None:
    acts = found_acts(
        "Prime Minister Tomas Vey has written to President Ana Berg, the ministry said.",
        "The letter was delivered by Foreign Minister Omar Hasan to his counterpart Lena Vass on Monday.",
        "In the letter, Vey wrote: \"We stand ready to share every lesson so that ASEAN's momentum is carried"
        ' forward."',
        "He also invited Berg to visit next year.",
        "The two leaders last spoke by telephone on 20 October.",
    )
    assert ("call", "Tomas Vey", ("Ana Berg",)) in acts
    assert not any("Hasan" in s or "Hasan" in " ".join(r) for _k, s, r in acts)


@pytest.mark.parametrize(
    "said",
    [
        '"President Berg and I speak frankly as friends," he said.',
        "He said that he and President Berg speak the same language on trade.",
    ],
)
def test_speaking_as_a_habit_is_no_call(said: str) -> None:
    acts = found_acts(
        "Prime Minister Tomas Vey took a call from President Ana Berg on Monday.",
        "Vey praised ties with Norland on Tuesday.",
        said,
    )
    assert [k for k, _s, _r in acts] == ["call"]


def test_speaking_told_in_the_past_is_a_call_where_calls_are_told() -> None:
    acts = found_acts(
        "Prime Minister Tomas Vey took a call from President Ana Berg on Monday.",
        "On Friday, Vey spoke with King Olav Rendal about the same crisis.",
    )
    assert ("call", "Tomas Vey", ("Olav Rendal",)) in acts


@pytest.mark.parametrize(
    "sentence, how",
    [
        ("President Berg and I speak frankly as friends.", True),
        ("She speaks often with the King.", True),
        ("President Berg and I spoke frankly on Monday.", False),
        ("She has spoken with the King.", False),
        ("She is speaking with the King now.", False),
    ],
)
def test_the_simple_present_says_how_things_are(sentence: str, how: bool) -> None:
    doc = nlp.parse(sentence, Options().spacy_model)
    verb = next(t for t in doc if t.lemma_ == "speak")
    assert habitual(verb) is how
