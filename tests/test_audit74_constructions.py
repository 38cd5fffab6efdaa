"""Constructions of agency and Westminster-style reports: a habit given up ("is done writing letters"), a
state's name of two words the recogniser tags as a person ("Cook Islands"), an addressee titled after his
state's name ("wrote to Cook Islands Prime Minister B"), and a letter told after a 'that' clause it carries
("A is demanding that Ottawa hand over control, in a letter sent Tuesday to B")."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Premier Doug Mattice says he is done writing letters to Prime Minister Ana Berg about the tax.",
        "Premier Doug Mattice has stopped writing letters to Prime Minister Ana Berg about the tax.",
        "Premier Doug Mattice quit calling Prime Minister Ana Berg after the row over the tax.",
    ],
)
def test_a_habit_given_up_is_no_act(sentence: str) -> None:
    assert found_acts(sentence) == []


def test_finishing_a_letter_is_still_writing_it() -> None:
    acts = found_acts("Premier Doug Mattice finished writing a letter to Prime Minister Ana Berg on Monday.")
    assert acts == [("letter", "Doug Mattice", ("Ana Berg",))]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # active
            "Home Affairs Minister Kieran Dale wrote to Marshall Islands President Hilda Kabua in December.",
            "Ms Kabua said Marshall Islands would not accept the flights.",
        ),
        (  # with a role only
            "The Home Affairs Minister wrote to Cook Islands Prime Minister Mark Tane in December.",
            "Mr Tane said Cook Islands would not accept the flights.",
        ),
    ],
)
def test_an_addressee_titled_after_a_state_of_two_words_is_the_person(paragraphs: tuple[str, ...]) -> None:
    acts = found_acts(*paragraphs)
    assert len(acts) == 1 and acts[0][2] in (("Hilda Kabua",), ("Mark Tane",)), acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Quebec Premier Luc Gagnon is demanding that Ottawa hand over control of immigration to the province, "
        "in a letter sent Tuesday to Prime Minister Graham Ashdown.",
        "Quebec Premier Luc Gagnon insists that Ottawa return the funds, in a letter to Prime Minister Graham "
        "Ashdown released on Tuesday.",
    ],
)
def test_a_letter_set_off_after_a_that_clause_is_the_main_subjects(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Luc Gagnon", ("Graham Ashdown",))]


def test_a_letter_told_in_a_that_clause_of_its_own_keeps_its_writer() -> None:
    acts = found_acts(
        "Officials said that Premier Luc Gagnon had written to Prime Minister Graham Ashdown, in a letter dated "
        "3 March."
    )
    assert acts == [("letter", "Luc Gagnon", ("Graham Ashdown",))]
