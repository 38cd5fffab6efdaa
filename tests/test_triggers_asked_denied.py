"""Acts a report does not tell as done: the content of a story a denial answers ('denied reports that A
had written to B', 'denies reports of a phone call with B'), a yes/no question ('Did A receive a letter
from B?') and a call ruled out ('ruled out a call with B', 'a call was ruled out'). Look-alikes stay: a
denial made in a letter, reports of a call confirmed, a question asking when an act took place, a question
quoted from a letter, a call after which other things were ruled out. Invented names; report dated
14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_acts

A, B = "President Ana Berg", "Prime Minister Tom Hale"
BERG_TO_HALE = [("letter", "Ana Berg", ("Tom Hale",))]


@pytest.mark.parametrize(
    "text",
    [
        f"The presidency on Monday denied reports that {A} had sent a letter to {B} seeking talks.",
        f"The ministry denied a report by the weekly Kurier that {A} secretly wrote to {B} asking for help.",
        f"The government on Tuesday dismissed rumours that {A} had telephoned {B} during the crisis.",
        f"Aides to {A} refuted claims that she had written to {B} before the vote.",
    ],
)
def test_the_act_of_a_denied_story_is_none(text: str) -> None:
    assert found_acts(text) == []


def test_a_headline_denying_reports_of_a_call_gives_none() -> None:
    assert found_acts(f"Her office said on Monday that no such conversation had been held with {B}.",
                      headline=f"Presidency denies reports of phone call with {B}") == []  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        f"{A} on Monday dismissed reports that she was ill in a letter to {B}.",
        f"{A} denied the allegations in a letter to {B} on Monday.",
        f"{A} wrote to {B} on Monday, denying reports that she was ill.",
    ],
)
def test_a_denial_made_in_a_letter_stays(text: str) -> None:
    assert found_acts(text) == BERG_TO_HALE


@pytest.mark.parametrize(
    "text",
    [
        f"Did {A} receive a letter from {B} rejecting the draft, as reported in the press?",
        f"Has {B} written to {A} since the vote?",
        f"Did {B} really phone {A} on the night of the vote?",
    ],
)
def test_an_act_asked_about_is_none(text: str) -> None:
    assert found_acts(text) == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        (f"When did {A} write to {B}? On Monday, aides said.",),
        (f'{A} wrote to {B} on Monday. "Has the government received my proposal?" she asked in the letter.',),
        (f"Did you know? {A} wrote to {B} on Monday about the dam.",),
    ],
)
def test_a_question_about_when_or_a_question_quoted_keeps_the_act(paragraphs: tuple[str, ...]) -> None:
    assert found_acts(*paragraphs) == BERG_TO_HALE


@pytest.mark.parametrize(
    "text",
    [
        f"{B} on Monday ruled out a call with {A} before the vote.",
        f"{B} has ruled out any phone call with {A} until the troops leave.",
        f"A call between {B} and {A} was ruled out by aides on Monday.",
    ],
)
def test_a_call_ruled_out_is_none(text: str) -> None:
    assert found_acts(text) == []


def test_a_headline_ruling_out_a_call_gives_none() -> None:
    assert (
        found_acts(f"{B} said on Monday the time was not right.", headline=f"PM rules out call to {A}") == []
    )


def test_a_call_after_which_something_else_is_ruled_out_stays() -> None:
    assert found_acts(f"{B} spoke by phone with {A} on Monday and ruled out new sanctions.") == [
        ("call", "Tom Hale", ("Ana Berg",))
    ]
