"""Session 46 review: misfires a helper found in this session's rules with invented sentences, each case
failing on the code before the mends. Sentences are invented."""

from __future__ import annotations

import datetime as dt

from lettertrace.name_shorts import short_form_of
from test_extract import acts, run


def test_a_third_party_joining_a_call_stays_a_partner() -> None:
    found = acts("Ana Berg spoke by phone with Tom Hale on Monday, with Carl Moss joining the call.")
    assert any(a[0] == "call" and "Carl Moss" in a[2] for a in found), found


def test_writers_clause_of_another_occasion_names_no_addressee() -> None:
    for sentence in (
        "A letter sent in January by Ana Berg, who last year asked Tom Hale to resign, was published on Monday.",
        "A letter sent in January by Ana Berg, who later urged Tom Hale to resign, was published on Monday.",
        "A letter written in January by Ana Berg, who pressed Tom Hale for answers in parliament, was released.",
        "A letter sent in January by Ana Berg, who asked Tom Hale to forward it to Carl Moss, was published.",
    ):
        assert not any(a[2] == ("Tom Hale",) for a in acts(sentence)), sentence


def test_initials_after_an_article_are_a_body() -> None:
    found = acts(
        "Karl Gerhard Bauer wrote to Ana Berg on Monday.", "The KGB sent a letter to Ana Berg on Tuesday."
    )
    assert ("letter", "KGB", ("Ana Berg",)) in found, found


def test_a_common_given_name_is_no_blend() -> None:
    assert not short_form_of("Carlos", "Carl Osborne")  # a surname opening on a vowel
    assert not short_form_of("Johan", "Jo Hansen")  # a given name of two letters
    assert not short_form_of("Daniel", "Dan Ielsen")
    found = acts("Ana Berg wrote to Carl Osborne on Monday.", "King Carlos telephoned Ana Berg on Tuesday.")
    assert not any(a[0] == "call" and a[1] == "Carl Osborne" for a in found), found


def _letter(body: str) -> str:
    return (
        "Letter from the Norland chancellor\n\nFreeport, 14 March 2024\n\nDear Chancellor Berg,\n\n"
        f"{body}\n\nThe matter is urgent.\n\nYours sincerely,\n\nTom Hale\nPresident of Sylvania\n"
    )


def test_first_person_acts_denied_or_wished_are_none() -> None:
    for body in (
        "I never wrote to Carl Moss about the river.",
        "Had I written to Carl Moss, he would have agreed.",
        "I wish I had written to Carl Moss about the river.",
        "I almost telephoned Carl Moss about the river.",
    ):
        comms = run(_letter(body)).extraction.communications
        assert not any("Carl Moss" in [r.name for r in c.recipients] for c in comms), body


def test_written_reply_addressed_elsewhere_names_no_addressee_by_its_verb() -> None:
    assert not acts("In a written reply to reporters' questions, President Tom Hale thanked Ana Berg.")


def test_month_inside_a_name_dates_nothing() -> None:
    rep = run(
        "Freedonia\n\nFreeport, 14 March 2024 -\n\n"
        "In the Theresa May letter to Ana Berg, Tom Hale urged calm on Monday.\n"
    )
    assert all(c.date.earliest != dt.date(2023, 5, 1) for c in rep.extraction.communications)


def test_greetings_to_be_sent_are_none() -> None:
    found = acts("Ana Berg thanked Tom Hale for the greetings that Carl Moss will send her next week.")
    assert not any(a[1] == "Carl Moss" for a in found), found
