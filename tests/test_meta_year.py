"""The publication date of wire copy whose dateline leaves out the year, of pages whose stamp stands under
the text beside the outlet's name, and of date lines in other calendars and languages (invented pages)."""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace.meta_dates import find_dates
from test_meta_foot import published

STORY = (
    "The governor of Norland wrote to the mayor of Easthaven on Monday, asking her to reopen the ferry "
    "terminal before the summer season.\n\n"
    "The mayor's office said it would study the request and answer within the week.\n\n"
)


# ------------------------------------------------------------ the year of a dateline's day


@pytest.mark.parametrize(
    ("dateline", "foot"),
    [
        ("HARBORVILLE, June 4 (Coastal Wire) -- ", "CW/ab/kl 2021-06-04"),
        ("Harborville, 4 June (CWN). ", "Friday, 4 June 2021"),
        ("HARBORVILLE, Jun. 4 - ", "04.06.2021"),
        ("Harborville, June 4 (CWN) - ", "Harbor desk | 4 June 2021"),
    ],
)
def test_a_line_under_the_story_gives_the_year_of_the_datelines_day(dateline: str, foot: str) -> None:
    assert published(dateline + STORY + foot + "\n") == dt.date(2021, 6, 4)


@pytest.mark.parametrize(
    "foot",
    [
        "CW/ab/kl 2021-06-05",  # another day: no confirmation of the dateline's
        "Yours sincerely,\nA. Stone\n4 June 2021",  # the date of a letter reproduced at the end
        "Next meeting: 4 June 2021",  # a label that names something else
        "4 June 2020\n4 June 2021",  # two years for the same day: no year is certain
        "The terminal first opened on 4 June 1961 and closed on 4 June 2021 after sixty years.",  # a sentence
    ],
)
def test_no_year_without_one_agreeing_date_in_a_line_of_its_own(foot: str) -> None:
    assert published("HARBORVILLE, June 4 (Coastal Wire) -- " + STORY + foot + "\n") is None


def test_a_story_without_a_dateline_takes_no_year_from_a_bare_date_line() -> None:
    assert published(STORY + "4 June 2021\n") is None


# ------------------------------------------------------------ stamps at the foot of the page


@pytest.mark.parametrize(
    "foot",
    [
        "Coastal Wire - 4 June 2021",
        "Coastal Wire -- 04-06-2021",
        "04/06/2021 - Coastal Wire",
        "COASTAL WIRE 04/06/2021 18:12",
    ],
)
def test_a_date_beside_the_outlets_name_at_the_foot_is_its_stamp(foot: str) -> None:
    page = (
        "COASTAL WIRE | Politics | Regions\n\nGovernor writes to mayor over ferry\n\n" + STORY + foot + "\n"
    )
    assert published(page) == dt.date(2021, 6, 4)


@pytest.mark.parametrize(
    "foot",
    [
        "Weather desk - 4 June 2021",  # a name that is not the outlet's
        "Politics - 4 June 2021",  # a later field of the masthead, not its name
        "Harbor Ferry Company Annual Report - 4 June 2021",  # too long to be a name beside a stamp
    ],
)
def test_a_date_beside_another_name_is_no_stamp(foot: str) -> None:
    page = (
        "COASTAL WIRE | Politics | Regions\n\nGovernor writes to mayor over ferry\n\n" + STORY + foot + "\n"
    )
    assert published(page) is None


@pytest.mark.parametrize(
    "foot",
    [
        "Posted June 4, 2021 | Updated June 4, 2021, 6:45 p.m. | Comments are closed on this story.",
        "Posted: 04.06.2021 at 10:47\nCopyright (c) 2021 Coastal Wire Service. All rights reserved. No part may be reproduced.",
        "CW/ab/ko\n04/06/2021 14:22\nCopyright (c) 2021 Coastal Wire Service. All rights reserved. No part may be reproduced.",
    ],
)
def test_a_stamp_next_to_a_copyright_notice_is_still_at_the_foot(foot: str) -> None:
    assert published(STORY + foot + "\n") == dt.date(2021, 6, 4)


@pytest.mark.parametrize(
    ("foot", "date"),
    [
        ("Friday, June 4, 2021", dt.date(2021, 6, 4)),
        ("Fri 4 June 2021", dt.date(2021, 6, 4)),
        ("Friday, 5 June 2021", None),  # the weekday does not agree: it could be anything
        ("4 June 2021", None),  # no weekday, no time, no name: it could close a letter
    ],
)
def test_a_date_alone_at_the_foot_counts_when_its_weekday_agrees(foot: str, date: dt.date | None) -> None:
    assert published(STORY + foot + "\n") == date


# ------------------------------------------------------------ other calendars and languages


@pytest.mark.parametrize(
    "dateline",
    [
        "Al-Farwa, 24 Shawwal 1442 AH, corresponding to 4 June 2021 (ANA) -- ",
        "Al-Farwa, Shawwal 24, 1442, June 4, 2021, ANA -- ",
        "Al-Farwa, Friday 24 Shawwal 1442 H corresponding to 4 June 2021 (ANA) - ",
        "Hwaseong, June 4, Juche 110 (2021) (KNS) -- ",
    ],
)
def test_a_dateline_that_gives_the_date_in_two_calendars(dateline: str) -> None:
    assert published(dateline + STORY) == dt.date(2021, 6, 4)


@pytest.mark.parametrize(
    "prefix",
    [
        "In his letter of 1442, corresponding to ",  # a sentence, not a dateline
        "The minister recalled that on Friday 1442, ",
    ],
)
def test_a_sentence_before_a_date_is_no_dateline(prefix: str) -> None:
    assert (
        published(prefix + "4 June 2021, the governor wrote to the mayor of Easthaven.\n\n" + STORY) is None
    )


@pytest.mark.parametrize(
    "line",
    [
        "Viernes 4 de junio de 2021 (English edition)",
        "Ausland · Freitag, 4. Juni 2021",
        "Harborville, venerdì 4 giugno 2021",
        "2021. június 4., péntek 11:05",
        "Datum: 4. Juni 2021",
    ],
)
def test_a_header_date_in_another_language(line: str) -> None:
    assert published(
        "EL CORREO DEL PUERTO\n" + line + "\n\nGovernor writes to mayor over ferry\n\n" + STORY
    ) == (dt.date(2021, 6, 4))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("WIREDESK   04-JUN-2021 14:37   NORLAND-FERRY", dt.date(2021, 6, 4)),
        ("Harborville, June 4/2021 (CWN)", dt.date(2021, 6, 4)),
        ("Desk -- 04-06-2021", dt.date(2021, 6, 4)),
        ("CW/ab/2021-06-04 13:42", dt.date(2021, 6, 4)),
        ("Era 110 (2021).6.4.", dt.date(2021, 6, 4)),
        ("Harborville Wire | Year 12 (2021).6.4", dt.date(2021, 6, 4)),
        ("Volume 110 (2021) pages 6-4", None),
        ("call 1-800-555-0142 today", None),
        ("He served 3 terms until 2021", None),
        ("Volume 7 Letters 1772", None),
    ],
)
def test_date_forms_of_wire_stamps(text: str, date: dt.date | None) -> None:
    found = find_dates(text)
    assert (found[0].date if found else None) == date


@pytest.mark.parametrize("foot", ["Harborville, 4 June 1945", "Photo: Harborville harbour, 4 June 1945"])
def test_a_date_after_a_place_gives_no_year(foot: str) -> None:
    assert published("HARBORVILLE, June 4 (Coastal Wire) -- " + STORY + foot + "\n") is None


def test_a_header_date_of_an_era_with_the_common_year() -> None:
    assert published(
        "HARBORVILLE WIRE | Home | News\nEra 110 (2021).6.4.\n\nGovernor writes to mayor over ferry\n\n"
        + STORY
    ) == dt.date(2021, 6, 4)
