"""Misfires a review of session 43's rules found (each case fails on the rule as first written). Invented
people and places."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, report, run


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("From Amman bin Nasser wrote to President Anna Berg on Tuesday.", "bin Nasser"),
        ("Aboard the Falcon bin Nasser wrote to President Anna Berg on Tuesday.", "bin Nasser"),
    ],
)
def test_a_place_before_a_patronymic_name_is_no_given_name(sentence: str, name: str) -> None:
    assert found_acts(sentence) == [("letter", name, ("Anna Berg",))]


def test_wali_is_a_given_name_before_a_surname() -> None:
    assert found_acts("Wali Rahmani sent a letter to Interior Minister Jan Borek on Friday.") == [
        ("letter", "Wali Rahmani", ("Jan Borek",))
    ]


def test_a_letter_done_by_noon_was_written() -> None:
    acts = found_acts(
        "Senator Pia Lind was done writing her letter to President Ole Dahl by noon on Tuesday."
    )
    assert acts == [("letter", "Pia Lind", ("Ole Dahl",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporters learned that Mayor Jon Toka had resigned, in a letter sent Tuesday to Prime Minister Ole Dahl.",
        "Officials said Tuesday that Mayor Jon Toka had asked for help, in a letter to Prime Minister Ole Dahl.",
    ],
)
def test_a_that_clause_told_of_keeps_its_own_letter(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Jon Toka", ("Ole Dahl",))]


def test_a_reply_held_back_is_none() -> None:
    acts = found_acts(
        "Mayor Jon Toka wrote to Minister Ole Dahl on 1 March about the floods.",
        "Dahl is holding back his reply.",
    )
    assert acts == [("letter", "Jon Toka", ("Ole Dahl",))]


def test_has_just_in_a_saying_of_another_day_is_not_the_reports_day() -> None:
    rep = run(
        report(
            'President Pia Lind said on Tuesday: "I have just spoken to Prime Minister Jon Toka by phone."'
        )
    )
    (c,) = rep.extraction.communications
    assert c.date.earliest != dt.date(2024, 3, 14) or c.date.precision != "day"


@pytest.mark.parametrize(
    ("middle", "counted", "day"),
    [
        ("The floods of 5 March killed ten people.", "Two days later", dt.date(2024, 3, 7)),
        ("The storm of 4 March flooded the capital.", "On the same day", dt.date(2024, 3, 4)),
    ],
)
def test_an_events_day_is_counted_from(middle: str, counted: str, day: dt.date) -> None:
    rep = run(
        report(
            "President Ana Berg phoned Prime Minister Cara Lund on 2 March.",
            f"{middle} {counted} Berg wrote to President Jan Holm.",
        )
    )
    dates = {c.kind: c.date.earliest for c in rep.extraction.communications}
    assert dates.get("letter") == day, dates


HEAD = """Mayor writes to agencies over floods
Freeport, 14 March 2024 -

The floods that struck the valley last week have left thousands of people
without homes, and the city council has struggled to find shelter for all
of them, officials in the city said on Wednesday at a briefing held in the
town hall, where the mayor and his deputies answered questions from the
residents who had come to hear what the city would do about the damage.
"""


def test_an_acronym_opening_a_wrapped_line_is_no_dateline() -> None:
    rep = run(
        HEAD + "\nMayor Jon Toka of Freeport wrote on Tuesday to the regional director of agency\n"
        "WHO, Dr Ana Berg, asking the agency for help with clean water, and his office\n"
        "said on Wednesday that the letter had also gone to the Minister of the Interior\n"
        "on the same day, after a meeting of the council with the heads of the agencies.\n"
    )
    assert "agency WHO, Dr Ana Berg" in rep.clean.text


def test_a_reproduced_text_goes_to_the_letter_told_with_its_day() -> None:
    rep = run(
        "Museum shows a naturalist's letters\nBordeaux, Saturday 10 May 2025\n\n"
        "Claire Vasseur wrote to the ship-owner Pierre Castel in June 1790 to ask for seeds. The museum "
        "displays this translation of a letter:\n\nParis, 15 July 1790\n\nSir,\n\nI write to you with the "
        "noise of yesterday's festival still in my ears. The seeds arrived in good order.\n\nYour servant "
        "and friend,\nC. Vasseur\n\nVasseur wrote to Castel again on 15 July 1790, the day after the "
        "festival, to thank him for the seeds.\n"
    )
    texts = [(c.date.earliest, c.full_text is not None) for c in rep.extraction.communications]
    assert (dt.date(1790, 7, 15), True) in texts and (dt.date(1790, 6, 1), False) in texts, texts
