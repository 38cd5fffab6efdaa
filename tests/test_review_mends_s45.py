"""Readings a review of this session's rules found broken, pinned to the right ones. Invented sentences (the
alias file's well-known actors where a rule reads it)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, report, run

KROL_LIND = [("letter", "Adam Krol", ("Eva Lind",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "A message was delivered to President Adam Krol by President Eva Lind's chief of staff, Tom Berg.",
        "A letter was handed over to President Adam Krol by Sylvania's chargé d'affaires, Tom Berg.",
        "A message was conveyed to President Adam Krol by Sylvanian Deputy Foreign Minister Tom Berg during his visit.",
    ],
)
def test_a_carrier_who_is_no_leader_wrote_nothing(sentence: str) -> None:
    assert found_acts(sentence) == []


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            [
                "Adam Krol wrote to Eva Lind on Monday.",
                "Tom Berg handed the year's first membership card to Anna Sova.",
            ],
            KROL_LIND,
        ),
        (
            [
                "President Adam Krol sent a warning letter to Eva Lind on Monday.",
                "Protesters later sent a similar letter to Tom Berg.",
            ],
            KROL_LIND,
        ),
        (
            [
                "Adam Krol wrote to Eva Lind on Monday.",
                "Letters were also sent to Tom Berg by the trade unions.",
            ],
            KROL_LIND,
        ),
        (
            [
                "Eva Lind wrote to President Adam Krol on Monday.",
                "Adam Krol called Tom Berg on Tuesday.",
                "Messages were also sent to Anna Sova.",
            ],
            [("call", "Adam Krol", ("Tom Berg",)), ("letter", "Eva Lind", ("Adam Krol",))],
        ),
        (["Adam Krol wrote to Eva Lind on Tuesday but never sent a copy to Tom Berg."], KROL_LIND),
        (["Adam Krol wrote to Eva Lind on Tuesday and never signed the treaty."], KROL_LIND),
        (["Adam Krol sent a draft letter to Eva Lind on Tuesday."], KROL_LIND),
        (
            ["Media reported that Adam Krol had written to Eva Lind.", "The palace did not deny the report."],
            KROL_LIND,
        ),
        (
            [
                "Adam Krol said he had written to Eva Lind.",
                "The palace denied the report of troop movements.",
            ],
            KROL_LIND,
        ),
        (
            [
                "Senator Tom August met Eva Lind on Monday.",
                "August's letter to Adam Krol was published on Tuesday.",
            ],
            [("letter", "Tom August", ("Adam Krol",))],
        ),
        (
            [
                "Finland and Chile exchanged letters on Monday.",
                "Separately, Finnish President Adam Krol wrote to Norland's Tom Berg about trade.",
            ],
            [
                ("letter", "Adam Krol", ("Tom Berg",)),
                ("letter", "Chile", ("Finland",)),
                ("letter", "Finland", ("Chile",)),
            ],
        ),
        (
            [
                "Adam Krol wrote to Kim Jong Un on Monday.",
                "The Supreme Leader of Iran wrote to Krol on Tuesday.",
            ],
            # (the office of March 2024 is its holder in the alias file: known_holders.py, session 46)
            [("letter", "Adam Krol", ("Kim Jong Un",)), ("letter", "Ali Khamenei", ("Adam Krol",))],
        ),
        (
            ["Adam Krol called Minister Of Finance Tom Berg on Tuesday."],
            [("call", "Adam Krol", ("Tom Berg",))],
        ),
        (
            ["Adam Krol called the Minister For Health, Tom Berg, on Tuesday."],
            [("call", "Adam Krol", ("Tom Berg",))],
        ),
        (
            [
                "A letter from President Adam Krol was delivered by the ambassador to President Eva Lind on Tuesday."
            ],
            KROL_LIND,
        ),
        (
            [
                "Foreign Minister Adam Krol of Norland met Foreign Minister Eva Lind of Sylvania on Monday.",
                "The two Heads of State exchanged letters on Tuesday, Krol said.",
            ],
            [],
        ),
    ],
)
def test_readings_kept(paragraphs: list[str], expected: list) -> None:
    assert found_acts(*paragraphs) == expected


def test_the_chief_of_state_police_is_no_head_of_state() -> None:
    acts = found_acts(
        "President Adam Krol of Norland met reporters on Tuesday.",
        "The chief of state police wrote to Eva Lind on Tuesday.",
    )
    assert all(sender != "Adam Krol" for _, sender, _ in acts)


def test_the_same_day_after_a_past_day_of_the_coming_weeks() -> None:
    rep = run(report("Adam Krol wrote to Eva Lind on April 2.", "Tom Berg phoned her the same day."))
    days = {(c.date.earliest, c.date.latest) for c in rep.extraction.communications}
    assert days == {(dt.date(2023, 4, 2), dt.date(2023, 4, 2))}
