"""Translated agency copy: "held a telephone dialogue with B" is a call (a dialogue alone is not); "the Chief
of State" is the head of state the report names; a letter "delivered by the ambassador to X" goes to whom
the letter was written, not to the state the ambassador is posted to. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, report, run


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            ["President Adam Krol held a telephone dialogue with Sylvanian President Eva Lind on Monday."],
            [("call", "Adam Krol", ("Eva Lind",))],
        ),
        (
            [
                "President Adam Krol of Norland spoke at a rally.",
                "On Monday, the Chief of State held a telephone dialogue with Sylvanian President Eva Lind.",
            ],
            [("call", "Adam Krol", ("Eva Lind",))],
        ),
        (["President Adam Krol held a dialogue with students on Monday."], []),
        (["The two sides held a political dialogue in Geneva on Monday."], []),
    ],
)
def test_a_telephone_dialogue_is_a_call(paragraphs: list[str], expected: list) -> None:
    assert found_acts(*paragraphs) == expected


def test_the_post_of_the_ambassador_who_delivered_a_letter_is_no_addressee() -> None:
    assert found_acts(
        "President Adam Krol sent a letter to King Ulf on Monday.",
        "In the letter, signed by the President and delivered at the palace by the Norland ambassador to "
        "Sylvania, Krol thanks the King for his support.",
    ) == [("letter", "Adam Krol", ("Ulf",))]


def test_a_person_after_the_envoys_to_is_the_addressee() -> None:
    acts = found_acts(
        "Norland and Sylvania handed in their letters of application on Monday.",
        "The letters were conveyed by the Norland Ambassador to the Alliance Jan Sobota and, respectively, the "
        "Sylvanian Ambassador to the Alliance Ole Berg, to Alliance Secretary General Eva Lind at the "
        "headquarters.",
    )
    assert ("letter", "Norland", ("Eva Lind",)) in acts


def test_and_to_a_second_addressee_hung_on_the_verb() -> None:
    assert found_acts(
        "President Adam Krol sent separate letters to the President of the Senate, Ana Berg, and to the Speaker "
        "of the House, Ole Lund."
    ) == [("letter", "Adam Krol", ("Ana Berg",)), ("letter", "Adam Krol", ("Ole Lund",))]


@pytest.mark.parametrize("pair", ["The two Heads of State", "The two heads of state", "The two leaders"])
def test_the_two_heads_of_state_are_the_pair_named_before(pair: str) -> None:
    assert found_acts(
        "President Adam Krol sent a message to President Eva Lind on Saturday.",
        f"{pair} also held a telephone conversation on the same day.",
    ) == [("call", "Adam Krol", ("Eva Lind",)), ("message", "Adam Krol", ("Eva Lind",))]


def test_the_same_day_is_not_a_day_to_come_named_between() -> None:
    rep = run(
        report(
            "President Adam Krol sent on Saturday a message to President Eva Lind, in which he invites her to a "
            "summit on 25 March.",
            "The two Heads of State also held a telephone conversation on the same day.",
        )
    )
    dates = {c.kind: (c.date.earliest, c.date.latest) for c in rep.extraction.communications}
    saturday = dt.date(2024, 3, 9)
    assert dates == {"message": (saturday, saturday), "call": (saturday, saturday)}


def test_a_head_of_state_named_by_office_is_one_of_the_two_heads_of_state() -> None:
    assert found_acts(
        "President Adam Krol of Norland spoke at a rally on Friday.",
        "The Norland Head of State sent on Saturday a message to the President of Sylvania, Eva Lind.",
        "The two Heads of State also held a telephone dialogue on the same day.",
    ) == [("call", "Adam Krol", ("Eva Lind",)), ("message", "Adam Krol", ("Eva Lind",))]


def test_counterparts_in_two_states_then_their_names() -> None:
    assert found_acts(
        "Foreign Minister Eva Lind also wrote to her counterparts in Japan and South Korea, Ana Berg and Ole "
        "Lund, on Monday."
    ) == [("letter", "Eva Lind", ("Ana Berg", "Ole Lund"))]


def test_handed_him_a_note_after_summoning_him() -> None:
    assert found_acts(
        "The Norland Foreign Office summoned Sylvania's ambassador, Ole Lund, on Wednesday and handed him a "
        "formal diplomatic note protesting the incident."
    ) == [("message", "Norland Foreign Office", ("Ole Lund",))]
