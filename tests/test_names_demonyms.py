"""A people's word of a state that spaCy does not know ("Moldovan", "Bhutanese") tagged as a person's name
is no party: 'a Moldovan delegation' is nobody 'her' can refer to. Invented names; report dated Thursday
14 March 2024."""

from __future__ import annotations

import pytest

from lettertrace import names
from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    "word",
    ["Moldovan", "Mongolian", "Bhutanese", "Malawian", "Nigerien", "Italian", "Uzbek", "Kazakh", "Tajik"],
)
def test_a_peoples_word_of_a_state_is_a_demonym(word: str) -> None:
    assert names.is_demonym(word)


@pytest.mark.parametrize("word", ["Duncan", "Morgan", "Jordan", "Irani", "Adrian", "Berg", "Sheridan"])
def test_surnames_and_given_names_are_no_demonyms(word: str) -> None:
    assert not names.is_demonym(word)


@pytest.mark.parametrize(
    "state, people",
    [("Moldova", "Moldovan"), ("Mongolia", "Mongolian"), ("Bhutan", "Bhutanese"), ("Malawi", "Malawian")],
)
def test_a_delegation_of_a_people_is_no_party(state: str, people: str) -> None:
    text = (
        f"{state}'s Energy Minister Tomas Lind wrote to his counterpart, Ana Berg, on Monday.",
        f'She wrote back within 48 hours. "We will not leave {state} alone," Berg said in her reply, according'
        f" to the {people} ministry.",
        f"Lind rang her on Friday to thank her and to confirm that a {people} delegation would travel to"
        " Eastvale, his press office said.",
    )
    found = observed(run(report(*text)))
    assert ("call", "Tomas Lind", ("Ana Berg",), "") in found
    assert all(people not in (s, *r) for _k, s, r, _a in found)


@pytest.mark.parametrize("peoples", ["Uzbek, Turkmen", "Kazakh and Tajik", "Moldovan, Uzbek"])
def test_peoples_words_in_a_headline_are_no_parties(peoples: str) -> None:
    found = observed(
        run(
            report(
                "Foreign Minister Janis Ozols on Thursday held a phone conversation with Estonian Foreign Minister"
                " Maria Holm.",
                headline=f"Foreign Minister Ozols holds phone talks with {peoples} counterparts",
            )
        )
    )
    assert found == [("call", "Janis Ozols", ("Maria Holm",), "")]
