"""Agency English of titles and clauses (invented people, real states):
- 'Minister for Foreign Affairs of Estonia Kaarel Tamm' (no comma): the state ends the office, the name
  after it is the holder's, also when the portfolio is written with 'for' or in two parts joined by 'and';
  the second part of a portfolio ('... and European Integration of X') is no body;
- 'wrote to the Chairperson of the OSCE, Prime Minister Ion Rusu, ...': the office set off before a
  titled name is that person's, so 'the chairperson' later is Rusu;
- 'the message that the chairperson sent to B' (parsed as a participle with a subject): its subject sent it;
- 'the letter' told again is the letter, not a message told between."""

from __future__ import annotations

import pytest

from test_extract import found_acts, report, run


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister for Foreign Affairs of Estonia Kaarel Tamm had a telephone conversation with Prime Minister"
        " Ion Rusu.",
        "Minister of Foreign Affairs of Estonia Kaarel Tamm had a telephone conversation with Prime Minister"
        " Ion Rusu.",
        "Minister of Foreign Affairs and Trade of Estonia Kaarel Tamm had a telephone conversation with Prime"
        " Minister Ion Rusu.",
    ],
)
def test_the_holder_after_office_and_state(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Kaarel Tamm", ("Ion Rusu",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ion Rusu spoke by phone with the Minister of Foreign Affairs and European Integration"
        " of the Republic of Moldova Ana Berg.",
        "Prime Minister Ion Rusu spoke by phone with Minister of Foreign Affairs and European Integration of"
        " Moldova Ana Berg.",
    ],
)
def test_the_second_part_of_a_portfolio_is_no_body(sentence: str) -> None:
    assert found_acts(sentence) == [("call", "Ion Rusu", ("Ana Berg",))]


@pytest.mark.parametrize(
    "then",
    [
        "The letter is a response to the message that the chairperson sent to Tamm on February 27.",
        "The letter is a response to the message that the Chairperson sent to Tamm on February 27.",
        "Tamm was answering a message from the Chairperson of February 27.",
    ],
)
def test_an_office_set_off_before_a_titled_name_is_hers(then: str) -> None:
    first = "Foreign Minister Kaarel Tamm wrote to the Chairperson of the OSCE, Prime Minister Ion Rusu, on Monday."
    assert sorted(found_acts(first, then)) == [
        ("letter", "Kaarel Tamm", ("Ion Rusu",)),
        ("message", "Ion Rusu", ("Kaarel Tamm",)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Kaarel Tamm mentioned the message that the prime minister, Ion Rusu, sent to him in May.",
        "Foreign Minister Kaarel Tamm mentioned the message that Prime Minister Ion Rusu sent to him in May.",
    ],
)
def test_the_subject_of_a_relative_clause_of_sending_sent_it(sentence: str) -> None:
    assert found_acts(sentence) == [("message", "Ion Rusu", ("Kaarel Tamm",))]


def test_the_letter_told_again_is_the_letter_not_the_message_between() -> None:
    rep = run(
        report(
            "On Monday, a letter was sent by Foreign Minister Kaarel Tamm of Estonia to the Chairperson of the"
            " OSCE, Foreign Minister Karl Vella of Malta.",
            "The letter is a response to the message that the Chairperson sent to Tamm on February 27.",
            'In the letter, the head of Estonian diplomacy stated that Estonia "supports any format that'
            ' ensures the presence of experts."',
        )
    )
    acts = sorted((c.kind, c.sender.name if c.sender else None) for c in rep.extraction.communications)
    assert acts == [("letter", "Kaarel Tamm"), ("message", "Karl Vella")]
    speakers = [q.speaker.name for q in rep.extraction.quotes if q.speaker is not None]
    assert speakers == ["Kaarel Tamm"]
