"""A party's name the parser strands: 'a telegram sent by General A B to President C' with 'by' left
without an object and the name hung on the telegram; and a title with a given name tagged a body right
before the rest of the name ('General Tadeo' + 'Fuentes Aranda'). Invented sentences
(extract/stranded.py, nlp._title_and_given_name)."""

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "A telegram sent by General Tadeo Fuentes Aranda to President Emilio Roca Vidal on 14 August 1936"
        " has been found in the military archive.",
        "A telegram sent by General Tadeo Fuentes Aranda to President Emilio Roca Vidal on 14 August 1936"
        " was published on Monday.",
        "Historians have studied the telegram sent by General Tadeo Fuentes Aranda to President Emilio"
        " Roca Vidal on 14 August 1936.",
    ],
)
def test_the_sender_after_a_stranded_by_and_the_addressee_hung_on_him(sentence: str) -> None:
    assert found_acts(sentence) == [("message", "Tadeo Fuentes Aranda", ("Emilio Roca Vidal",))]


def test_the_plain_reading_is_unchanged() -> None:
    acts = found_acts("A letter sent by Ana Berg to President Ivo Dral on 14 August was published on Monday.")
    assert acts == [("letter", "Ana Berg", ("Ivo Dral",))]


def test_a_bare_by_before_a_place_reads_no_party() -> None:
    acts = found_acts("A letter sent by courier to President Ivo Dral from Ana Berg arrived on Monday.")
    assert all(s != "courier" for _, s, _ in acts)
