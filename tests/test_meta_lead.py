"""The report's day told in its lead ("the ministry said on Wednesday, 18 September 2024"), and the year of a
dateline's day fixed by a weekday told of it or an anniversary (invented wire copy)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_meta_foot import published

HEAD = "Governor writes to mayor over ferry\n\n"
MORE = "The mayor's office said it would study the request and answer within the week.\n\n"


@pytest.mark.parametrize(
    "lead",
    [
        "NORDHAVN - The transport minister said on Wednesday, 18 September 2024, that all ferry operators must"
        " renew their licences.",
        "NORDHAVN (Coastal Wire) - Ferry operators must renew their licences, the presidential press service"
        " reported on Wednesday, September 18, 2024.",
        "The governor of Norland has written to the mayor of Easthaven, her office announced on 18 September"
        " 2024.",
    ],
)
def test_a_date_after_a_verb_of_saying_in_the_lead_is_the_reports_day(lead: str) -> None:
    assert published(HEAD + lead + "\n\n" + MORE) == dt.date(2024, 9, 18)


def test_a_lead_day_without_a_year_takes_the_first_year_from_the_latest_named_that_fits_its_weekday() -> None:
    lead = (
        "NORDHAVN - The governor of Norland spoke by phone with the mayor of Easthaven on Monday, the"
        " governor's office reported on Tuesday, 26 November.\n\n"
        "The two last met in 2021, when the ferry terminal closed.\n\n"
    )
    assert published(HEAD + lead + MORE) == dt.date(2024, 11, 26)  # a Tuesday; 2021's was a Friday


def test_a_lead_day_without_a_year_in_a_text_naming_no_year_has_none() -> None:
    lead = "NORDHAVN - The governor wrote to the mayor, her office reported on Tuesday, 26 November.\n\n"
    assert published(HEAD + lead + MORE) is None


@pytest.mark.parametrize(
    "told",
    [
        "officials said Thursday",
        "officials told the Coastal Wire on Thursday",
        "officials said in a statement on Thursday",
        "an official said on Wednesday",  # the day before the report's: agencies report it the next day
        "officials on Thursday said",
    ],
)
def test_a_weekday_told_of_the_datelines_day_fixes_its_year(told: str) -> None:
    text = (
        "HARBORVILLE, March 21 (Coastal Wire) -- The governor of Norland wrote to the mayor of Easthaven on"
        f" Monday asking her to reopen the ferry terminal, {told}.\n\n"
        "The governor took office in 2022 after two terms in the regional assembly.\n\n"
    )
    assert published(HEAD + text + MORE) == dt.date(2024, 3, 21)  # Thursday; in 2022 and 2023 no such day


@pytest.mark.parametrize(
    "told",
    [
        "officials said the letter was sent on Thursday",  # the letter's day, not the report's
        "the governor wrote on Thursday",  # the act's day
        "officials said",  # no weekday
    ],
)
def test_no_year_without_a_weekday_told_of_the_reports_day(told: str) -> None:
    text = (
        "HARBORVILLE, March 21 (Coastal Wire) -- The governor of Norland asked the mayor of Easthaven to reopen"
        f" the ferry terminal, {told}.\n\n"
        "The governor took office in 2022 after two terms in the regional assembly.\n\n"
    )
    assert published(HEAD + text + MORE) is None


def test_a_year_looked_ahead_to_is_no_floor() -> None:
    text = (
        "HARBORVILLE, March 21 (Coastal Wire) -- The governor of Norland wrote to the mayor of Easthaven on"
        " Monday, officials said Thursday.\n\n"
        "The governor took office in 2022. The new terminal will open in 2031, and the old one is to close by"
        " 2035.\n\n"
    )
    assert published(HEAD + text + MORE) == dt.date(2024, 3, 21)


@pytest.mark.parametrize(
    "line",
    [
        "BEIJING, Oct. 16 (Xinhua) -- The two presidents exchanged messages on the 75th anniversary of the"
        " diplomatic relations established in 1949.",
        "HARBORVILLE, Oct. 16 (Coastal Wire) -- Marking the 75th anniversary of the ferry line, opened in 1949,"
        " the governor wrote to the mayor of Easthaven.",
    ],
)
def test_an_anniversary_of_a_named_year_gives_the_year(line: str) -> None:
    assert published(HEAD + line + "\n\n" + MORE) == dt.date(2024, 10, 16)


@pytest.mark.parametrize(
    "lead",
    [
        "The minister said Thursday the letter backed the 2030 Agenda for Sustainable Development.",
        "The minister said Thursday it remained committed to the 2060 carbon neutrality goal.",
        "The minister said Thursday it was part of the country's Vision 2030 plan.",
        "The minister said on Thursday talks had failed. Fighting has killed more than 2060 people.",
        "The two countries are marking the 30th anniversary of their ties, the minister said Thursday. Trade"
        " rose 12 percent last year.",
    ],
)
def test_a_years_label_a_count_or_a_far_anniversary_gives_no_year(lead: str) -> None:
    assert published(HEAD + "HARBORVILLE, March 21 (Coastal Wire) -- " + lead + "\n\n" + MORE) is None


def test_a_label_year_is_no_floor_but_a_past_one_is() -> None:
    lead = "The minister said Thursday it would host the 2036 World Cup matches. Trade rose in 2023."
    assert published(HEAD + "HARBORVILLE, March 21 (Coastal Wire) -- " + lead + "\n\n" + MORE) == dt.date(
        2024, 3, 21
    )


def test_an_anniversary_counts_from_a_date_of_the_same_day() -> None:
    text = (
        "BEIJING, Oct. 16 (Xinhua) -- The two presidents exchanged messages to mark the 75th anniversary of"
        " their countries' diplomatic relations.\n\n"
        "The two countries established diplomatic relations on Oct. 16, 1949.\n\n"
    )
    assert published(HEAD + text + MORE) == dt.date(2024, 10, 16)
