"""'A sent a letter to B and another to C': a word standing for the noun just used ("another", "a second
one", "one") with a party of its own is a second act, not a second party of the first. Every sentence here
is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, report, run


@pytest.mark.parametrize(
    "sentence",
    [
        "Chancellor Hal Moro told reporters he had written a letter to the King of Sylvania, Olaf II, in May and "
        "another to Pope Anselm.",
        "President Hal Moro wrote one letter to King Olaf and another to Pope Anselm on Monday.",
        "President Hal Moro sent a message to King Olaf on Monday and a second one to Pope Anselm.",
    ],
)
def test_another_to_a_second_party_is_a_second_act(sentence: str) -> None:
    acts = found_acts(sentence)
    assert len(acts) == 2, acts
    assert {a[1] for a in acts} == {"Hal Moro"}
    assert sorted(a[2][0].split()[0] for a in acts) == ["Anselm", "Olaf"], acts  # "Olaf" or "Olaf II"


def test_another_from_a_second_party_is_a_second_act() -> None:
    acts = found_acts(
        "President Hal Moro received a letter from King Olaf and another from Pope Anselm on Monday."
    )
    assert sorted(a[1] for a in acts) == ["Anselm", "Olaf"], acts
    assert {a[2] for a in acts} == {("Hal Moro",)}


@pytest.mark.parametrize(
    "sentence",
    [
        "President Hal Moro sent a letter to King Olaf and Pope Anselm on Monday.",  # one letter to both
        "President Hal Moro wrote to one another with Pope Anselm for years.",
        "President Hal Moro sent a letter to King Olaf, one of the oldest monarchs, on Monday.",
    ],
)
def test_one_act_stays_one(sentence: str) -> None:
    assert len(found_acts(sentence)) <= 1, found_acts(sentence)


@pytest.mark.parametrize(
    "paragraph",
    [
        "President Hal Moro sent a letter to King Olaf on Monday. He also sent one to Pope Anselm.",
        "President Hal Moro wrote a letter to King Olaf on Monday. On Tuesday he wrote another to Pope Anselm.",
        "President Hal Moro sent a message to King Olaf on Monday. Moro sent one to Pope Anselm as well.",
    ],
)
def test_one_more_sent_in_the_next_sentence_is_a_second_act(paragraph: str) -> None:
    acts = found_acts(paragraph)
    assert sorted(a[2][0].split()[0] for a in acts) == ["Anselm", "Olaf"], acts
    assert {a[1] for a in acts} == {"Hal Moro"}, acts


def test_a_later_date_of_the_second_act_is_its_own() -> None:
    comms = run(
        report(
            "Mia Lund wrote a letter to King Egil on Friday, and on Saturday she sent another to Pope Anselm."
        )
    ).extraction.communications
    days = {c.recipients[0].name: c.date.earliest for c in comms}
    assert days == {"Egil": dt.date(2024, 3, 8), "Anselm": dt.date(2024, 3, 9)}, days


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jon Sand sent a letter to King Knut on Monday. The king sent one to President Siv Ek as well.",
        "Ola Kvist sent a letter to King Harald on Monday. One of his aides said it was long.",
    ],
)
def test_one_sent_by_another_or_no_sending_is_no_act_of_the_writer(paragraph: str) -> None:
    writer = paragraph.split(" sent")[0]
    acts = found_acts(paragraph)
    assert len([a for a in acts if a[1] == writer]) == 1, acts
