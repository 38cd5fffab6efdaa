"""Look-alikes a reviewer of the last change found wrong, each now read as it should be. Invented sentences;
helpers of ``test_patterns`` and ``test_dating_placed``."""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace import names
from lettertrace.datelines import DATELINE_RE
from test_dating_placed import dated
from test_patterns import acts

D = dt.date


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("In a letter to Tadeo Brenn on Monday, Vera Holm cited a contract dated 4 March 2020.", D(2024, 3, 11)),
        ("Vera Holm's letter to Tadeo Brenn, which cited a decree dated 2 February 2019, was leaked on Monday.",
         D(2024, 3, 11)),
    ],
)  # fmt: skip
def test_dated_on_another_document_is_not_the_letters(sentence: str, day: D) -> None:
    ((_, _, earliest, latest),) = dated(sentence)
    assert earliest == latest == day


def test_a_second_verb_with_its_own_subject_and_day_keeps_its_day() -> None:
    ((_, _, earliest, latest),) = dated(
        "On Monday, Vera Holm returned home and on Wednesday Holm wrote to Tadeo Brenn."
    )
    assert earliest == latest == D(2024, 3, 13)


def test_a_letter_from_a_sender_after_the_addressee_office_is_not_glued_to_it() -> None:
    found = acts("A letter to the president from Governor Vera Holm was delivered on Monday.")
    assert [(k, s) for k, s, _ in found] == [("letter", "Vera Holm")]
    assert all("Holm" not in r for r in found[0][2])


@pytest.mark.parametrize(
    "sentence",
    [
        "In her message, Vera Holm thanked voters for their support.",
        "In a televised message, Vera Holm warned residents of more floods.",
        "In a video message, Vera Holm told supporters she would stand again.",
        "Vera Holm delivered a message of hope during her visit to Kellby on Monday.",
        "Vera Holm talked with Tadeo Brenn in Kellby on Tuesday.",
        "Minister Ana Ruiz spoke to the Kessel Herald on Monday.",
    ],
)
def test_a_speech_or_a_talk_in_one_place_is_no_act(sentence: str) -> None:
    assert acts(sentence) == []


def test_a_readout_with_two_names_spacy_took_for_bodies_is_a_call() -> None:
    found = acts("Vera Holm spoke with Tadeo Brenn on Tuesday about the dam.")
    assert [(k, r) for k, _, r in found] == [("call", ("Tadeo Brenn",))]


@pytest.mark.parametrize(
    "second",
    [
        'Brenn replied on Tuesday, "We will never agree."',
        "Brenn replied on Tuesday, dismissing the fears.",  # after a meeting told as an act of its own
    ],
)
def test_no_written_reply_after_a_framed_quote_or_a_meeting(second: str) -> None:
    first = "Minister Vera Holm wrote to Governor Tadeo Brenn on Monday and met him at a summit in Kellby."
    assert [s for _, s, _, _ in dated(first, second)] == ["Vera Holm"]


def test_names_spelt_with_c_or_k_at_the_end_are_one() -> None:
    assert names.token_match("dominic", "dominik") and names.token_match("frederic", "frederik")


def test_a_spanish_dateline_with_a_year_is_a_dateline() -> None:
    assert DATELINE_RE.match("ASUNCION, 4 de junio de 2024 - President Vera Holm wrote")
