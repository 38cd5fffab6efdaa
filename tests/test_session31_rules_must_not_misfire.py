"""Ordinary sentences near this session's readings that must not yield what those readings would make
(found by a reviewer who tried to break them; invented people):

- a headline's ', Says A B' is no name 'Says A B';
- 'pushed A to write' is pressure, no letter; 'moved to force A to write' tells no causing done;
- a year of the letter's topic ('about the 2023 floods'), a decade or a season is not the letter's date;
- the office a letter urges is not its addressee's when the addressee holds another ('Speaker A');
- a bare reply after a letter told in the past perfect as background stays unread;
- 'the Kenyan leader' is not a leader his spokesman ties to Uganda (a known limit, marked xfail);
- 'A privately sent the letter to B' retells the open letter;
- 'the chairman, A of the Daily reported' names a source, not the chairman;
- 'Unlike A and Xian President B, C has spoken with D': A is not the caller;
- 'to B, author of the X Report, dated 2 June 2019' dates the report, not the letter.
"""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, found_replies, report, run


def _dated(*paras: str) -> list[tuple[str, dt.date | None]]:
    comms = run(report(*paras)).extraction.communications
    return sorted(((c.sender.name if c.sender else "", c.date.earliest) for c in comms), key=str)


def test_a_headline_says_is_no_name() -> None:
    got = found_acts(
        "Tomas Velde wrote to Ana Berg on Monday about the dam.", headline="Dam Plan Is Dead, Says Ana Berg"
    )
    assert got == [("letter", "Tomas Velde", ("Ana Berg",))]


@pytest.mark.parametrize(
    "text",
    [
        "Business groups pushed Governor Ana Ruiz to write to Secretary Elena Marin about the tariffs.",
        "Senator Dale Whitfield pushed Governor Ana Ruiz to write to Secretary Elena Marin, and she refused.",
        "Senator Dale Whitfield moved to force Governor Ana Ruiz to write to Secretary Elena Marin.",
        "Senator Dale Whitfield pressed Governor Ana Ruiz to write to Secretary Elena Marin about the tariffs.",
        "The union is trying to get Governor Ana Ruiz to write to Secretary Elena Marin about the tariffs.",
    ],
)
def test_pressure_is_no_letter(text: str) -> None:
    got = found_acts(text)
    assert ("letter", "Ana Ruiz", ("Elena Marin",)) not in got
    assert ("letter", "Dale Whitfield", ("Elena Marin",)) not in got


@pytest.mark.parametrize(
    "text",
    [
        "In a letter to President Tomas Velde, Ana Ruiz pressed him to reopen the border.",
        "Ana Ruiz pressed President Tomas Velde in a letter to reopen the border.",
        "Ana Ruiz wrote to President Tomas Velde, pressing him to reopen the border.",
    ],
)
def test_pressing_in_a_letter_is_the_letter(text: str) -> None:
    assert found_acts(text) == [("letter", "Ana Ruiz", ("Tomas Velde",))]


@pytest.mark.parametrize(
    ("first", "want"),
    [
        ("Ana Ruiz wrote to President Tomas Velde about the 2023 floods.", dt.date(2024, 2, 28)),
        ("Ana Ruiz wrote to President Tomas Velde in the 1990s.", dt.date(1995, 5, 4)),
        ("Ana Ruiz wrote to President Tomas Velde in the winter of 2019-20.", dt.date(2020, 1, 3)),
    ],
)
def test_a_topic_year_a_decade_or_a_season_keeps_one_letter(first: str, want: dt.date) -> None:
    day = {2024: "28 February 2024", 1995: "4 May 1995", 2020: "3 January 2020"}[want.year]
    assert _dated(first, f"The letter, dated {day}, asked Velde for aid.") == [("Ana Ruiz", want)]


def test_the_urged_office_is_not_a_speakers() -> None:
    got = found_acts(
        "Opposition lawmakers wrote to Speaker Tomas Velde, calling on the prime minister to appear before"
        " parliament.",
        "The prime minister wrote to the lawmakers on Tuesday.",
    )
    assert all(s != "Tomas Velde" or r != ("Opposition lawmakers",) for _k, s, r in got)
    assert ("letter", "Tomas Velde", ("lawmakers",)) not in got


def test_a_reply_after_a_background_letter_stays_unread() -> None:
    got = found_replies(
        "Tomas Velde wrote to Prime Minister Ana Ruiz on Monday asking for a meeting.",
        "Declan Walsh had written to Ruiz in January with the same request. Ruiz replied on Wednesday, according"
        " to Velde's office.",
    )
    assert all(answered != "Declan Walsh" for _s, _r, answered in got)


@pytest.mark.xfail(
    reason="known limit: a leader tied to a state only through a clause ('A's spokesman said Uganda"
    " values ...') reads as untied; a check on states near the name cost a right reading elsewhere",
    strict=True,
)
def test_the_kenyan_leader_is_not_beside_uganda() -> None:
    got = found_acts(
        "President Joseph Okello spoke by phone with President Amina Juma of Tanzania on Saturday.",
        "Okello's spokesman said Uganda values its ties with Kenya and Tanzania.",
        "The Kenyan leader wrote to Juma on Sunday about the border.",
    )
    assert ("letter", "Joseph Okello", ("Amina Juma",)) not in got


def test_privately_sending_the_open_letter_retells_it() -> None:
    got = found_acts(
        "Declan Walsh has written an open letter to Prime Minister Colm Byrne asking for talks.",
        "Walsh privately sent the letter to Byrne a day before it was published.",
    )
    assert got == [("letter", "Declan Walsh", ("Colm Byrne",))]


def test_a_source_of_a_newspaper_is_not_the_chairman() -> None:
    got = found_acts("Ana Berg wrote to the chairman, Kari Nesse of the Freeport Daily reported.")
    assert all("Kari Nesse" not in r for _k, _s, r in got)


def test_unlike_a_and_b_is_not_the_caller() -> None:
    got = found_acts(
        "Peruvian President Luis Rojas Medina met his cabinet on Friday.",
        "Unlike Rojas and Ecuadorian President Santiago Vallejo, Chilean President Ana Berg has spoken by phone"
        " with Lima's mayor, Tomas Velde.",
    )
    assert all(s != "Luis Rojas Medina" for _k, s, _r in got)


def test_dated_after_an_authors_report_is_the_reports_date() -> None:
    got = _dated(
        "Ana Ruiz wrote to Tomas Velde, author of the Freeport Report, dated 2 June 2019, on Monday."
    )
    assert got and all(d is None or d.year == 2024 for _s, d in got)


# Second review (d30eaf5..2f0dccc): capitals, passive replies, calls read on the object, 'get'.


@pytest.mark.parametrize(
    "also",
    [
        "Berg also wrote to US Senator Tom Hale, who chairs the finance committee.",
        "Separately, she wrote to US Commerce Secretary Tom Hale.",
        "She also wrote to the US ambassador to Russia, Tom Hale.",
    ],
)
def test_a_letter_to_a_state_and_another_to_its_people_stay_two(also: str) -> None:
    got = found_acts("Prime Minister Ana Berg wrote to Washington on Monday about steel tariffs.", also)
    assert len(got) == 2


@pytest.mark.parametrize(
    "text",
    [
        "British Prime Minister Tom Hale wrote to Brussels on Monday about the trade deal.",
        "President Tom Hale wrote to The Hague on Monday to contest the arrest warrant.",
        "Ambassador Ana Berg wrote to the Beijing embassy on Monday about the visas.",
    ],
)
def test_a_capital_for_a_body_or_as_a_modifier_is_no_state(text: str) -> None:
    got = found_acts(text)
    assert all(r not in ("Belgium", "Netherlands", "China") for _k, _s, rs in got for r in rs)


@pytest.mark.parametrize(
    "reply",
    [
        "Hale's reply is being drafted by his aides.",
        "Hale's reply was criticised by the opposition on Tuesday.",
        "Hale's reply is required by Friday under the treaty.",
    ],
)
def test_passive_replies_not_sent_or_to_others_are_none(reply: str) -> None:
    got = found_acts("Prime Minister Ana Berg wrote to President Tom Hale on Monday about the dam.", reply)
    assert ("letter", "Tom Hale", ("Ana Berg",)) not in got


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ana Berg and Mayor Tom Hale explained the evacuation in a conference call with reporters.",
        "Governor Ana Berg and Mayor Tom Hale discussed the summit in a phone call with their advisers.",
    ],
)
def test_a_call_with_others_is_not_between_the_subjects(text: str) -> None:
    assert ("call", "Ana Berg", ("Tom Hale",)) not in found_acts(text)


def test_getting_someone_to_call_tells_the_call() -> None:
    got = found_acts("Senator Ana Berg got President Tom Hale to call Chancellor Li Wen on Monday.")
    assert got == [("call", "Tom Hale", ("Li Wen",))]
