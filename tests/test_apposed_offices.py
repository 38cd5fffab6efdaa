"""Offices set off after a name that the parser reads as more people ("Prince A, Crown Prince and Prime
Minister, received a call"), the same two offices under one article later ("The Crown Prince and Prime
Minister sent a cable"), a title set off before a name with its place ("The Lublin Voivode, A B,"), a
description's own apposed name ("The Prefect of X County, A B,"), and a body's name with 'and' in it in a
list of addressees."""

from __future__ import annotations

import pytest

from test_extract import found_acts

NAMED = "Prince Omar bin Khalid, Crown Prince and Prime Minister, received a phone call today from President Anna Berg."


@pytest.mark.parametrize(
    "sentence",
    [
        "The Crown Prince and Prime Minister sent a similar cable to President Oleg Vetrov.",  # active
        "A similar cable was sent to President Oleg Vetrov by the Crown Prince and Prime Minister.",  # passive
        "His Royal Highness the Crown Prince and Prime Minister sent a cable to President Oleg Vetrov.",
    ],
)
def test_two_offices_one_name_set_off_are_one_sender(sentence: str) -> None:
    acts = found_acts(NAMED, sentence)
    cables = [a for a in acts if a[0] == "message"]
    assert cables == [("message", "Omar bin Khalid", ("Oleg Vetrov",))], acts


def test_offices_set_off_after_a_fronted_phrase_keep_the_subject() -> None:
    acts = found_acts(
        "In another development, Prince Omar bin Khalid, Crown Prince and Prime Minister, received a phone "
        "call today from President Anna Berg."
    )
    assert acts == [("call", "Anna Berg", ("Omar bin Khalid",))], acts


def test_two_offices_with_two_articles_are_two_people() -> None:
    acts = found_acts(
        NAMED,
        "The King and the Prime Minister sent cables to President Oleg Vetrov.",
    )
    senders = {s for k, s, _ in acts if k == "message"}
    assert len(senders) == 2, acts


@pytest.mark.parametrize(
    ("sentence", "writer"),
    [
        (
            "The Kalmar Voivode, Agata Nowicka, wrote on Friday to Finance Minister Jan Borek about the floods.",
            "Agata Nowicka",
        ),
        (
            "The Prefect of Lorn County, Irina Voicu, sent a letter on Friday to Finance Minister Jan Borek.",
            "Irina Voicu",
        ),
        (
            "A letter was sent on Friday to Finance Minister Jan Borek by the prefect of Lorn County, Irina Voicu.",
            "Irina Voicu",
        ),
    ],
)
def test_a_regional_officer_set_off_before_her_name_is_her(sentence: str, writer: str) -> None:
    acts = found_acts(sentence)
    assert acts == [("letter", writer, ("Jan Borek",))], acts


def test_the_office_in_the_headline_gives_way_to_the_name_apposed_in_the_body() -> None:
    acts = found_acts(
        "The Prefect of Lorn County, Irina Voicu, sent a letter on Friday to Finance Minister Jan Borek.",
        headline="Lorn Prefect writes to minister",
    )
    assert ("letter", "Irina Voicu", ("Jan Borek",)) in acts and all(
        s != "Lorn Prefect" for _, s, _ in acts
    ), acts


def test_a_ministry_named_with_and_is_no_second_addressee() -> None:
    acts = found_acts(
        "Mayor Irina Voicu wrote on Friday to the Minister of the Interior and Administration, Jan Borek, "
        "requesting more police."
    )
    assert acts == [("letter", "Irina Voicu", ("Jan Borek",))], acts
