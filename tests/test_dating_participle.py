"""A date in the main clause after a fronted participle of writing dates the letter: 'Writing to B in
August 1914, A warned ...' (the warning is the letter), as 'A wrote to B in August 1914' does; a date in
a clause the letter does not govern still does not ('Writing to B, A recalled the war of 1870')."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run
from test_patterns import H, L


@pytest.mark.parametrize(
    "sentence",
    [
        f"Writing to {L} in August 1914, {H} warned that neutrality could not last.",
        f"Writing to her foreign minister, {L}, in August 1914, {H} warned that neutrality could not last.",
        f"{H} wrote to {L} in August 1914, warning that neutrality could not last.",
    ],
)
def test_the_main_clause_dates_a_fronted_writing(sentence: str) -> None:
    (comm,) = run(report(sentence)).extraction.communications
    assert (comm.date.earliest, comm.date.latest) == (dt.date(1914, 8, 1), dt.date(1914, 8, 31))


def test_an_event_the_letter_tells_of_does_not_date_it() -> None:
    (comm,) = run(report(f"Writing to {L}, {H} recalled the siege of 1870.")).extraction.communications
    assert comm.date.earliest is None or comm.date.earliest.year != 1870


@pytest.mark.parametrize(
    "sentence, year",
    [
        (f"In a letter of 1885, {H} told {L} that the treaty was dead.", 1885),
        (f"{H}'s 1939 letter to {L} warned of a new weapon.", 1939),
        (f"In her 1962 letter to {L}, {H} asked for calm.", 1962),
    ],
)
def test_a_year_on_the_letter_itself_dates_it(sentence: str, year: int) -> None:
    (comm,) = run(report(sentence)).extraction.communications
    assert (comm.date.earliest, comm.date.latest) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


def test_a_number_after_of_elsewhere_is_no_year() -> None:
    (comm,) = run(report(f"{H} wrote to {L}, a town of 1900 people, on Tuesday.")).extraction.communications
    assert comm.date.earliest is None or comm.date.earliest.year != 1900


@pytest.mark.parametrize(
    "sentence",
    [
        f"The chair of the tenants' union, Tomas Lind, who wrote to the housing minister, {L}, in January, says"
        " he has still not received a reply.",
        f"Tomas Lind, who wrote to the minister, {L}, in January, says he is still waiting.",
        f"Tomas Lind, who wrote to {L} in January, says he is still waiting.",
    ],
)
def test_a_date_inside_the_commas_of_a_relative_clause_is_its_own(sentence: str) -> None:
    """'A, who wrote to B, the minister, in January, says ...': the parser hangs the date on the main verb
    or its subject; set off by the clause's commas, it dates the letter (the report's own year)."""
    (comm,) = run(report(sentence)).extraction.communications
    assert (comm.date.earliest, comm.date.latest) == (dt.date(2024, 1, 1), dt.date(2024, 1, 31))


def test_a_date_after_the_relative_clause_closes_is_the_main_verbs() -> None:
    sentence = f"Tomas Lind, who wrote to the minister, {L}, says in January he will try again."
    (comm,) = run(report(sentence)).extraction.communications
    assert comm.date.earliest is None or comm.date.earliest.month != 1
