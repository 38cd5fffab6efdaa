"""Two wire-copy constructions.

- "A asked B to act, according to a letter seen by Reuters": the asking was done in the letter, A to B (not
  for verbs that address no one, nor for a passive).
- "The letter answers the one which B sent on 17 January": the letter just told answers B's earlier one,
  named by 'the one' and a relative clause of sending.
"""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, found_replies, report, run


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ruth Vandermolen urged Transportation Secretary Dolores Quintero to release the records, "
        "according to a letter seen by Reuters.",
        "Senator Ruth Vandermolen warned the secretary, Dolores Quintero, that funds were short, according to a "
        "letter obtained by the Associated Press.",
        "Senator Ruth Vandermolen has asked Dolores Quintero to include a safeguard clause, according to a "
        "letter to which this newspaper has had access.",
    ],
)
def test_asking_according_to_a_letter_is_the_letter(sentence: str) -> None:
    assert ("letter", "Ruth Vandermolen", ("Dolores Quintero",)) in found_acts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ruth Vandermolen cut her staff last year, according to a letter seen by Reuters.",
        "Senator Ruth Vandermolen was asked by Dolores Quintero to resign, according to a letter seen by Reuters.",
        "Senator Ruth Vandermolen met Dolores Quintero on Monday, according to a letter seen by Reuters.",
    ],
)
def test_no_letter_of_the_clause_without_asking(sentence: str) -> None:
    assert ("letter", "Ruth Vandermolen", ("Dolores Quintero",)) not in found_acts(sentence)


@pytest.mark.parametrize(
    "answer",
    [
        "The letter, dated last Friday, answers the one which Van Hoorn sent on 17 January to the minister.",
        "Her letter answers the one which Van Hoorn sent her on 17 January.",
    ],
)
def test_a_letter_answers_the_one_another_sent(answer: str) -> None:
    got = found_replies(
        "The Foreign Minister, Ines Saravia, has asked the Commission Vice-President, Pieter van Hoorn, to "
        "include a safeguard clause, according to a letter to which this newspaper has had access.",
        answer,
    )
    assert ("Ines Saravia", ("Pieter van Hoorn",), "Pieter van Hoorn") in got
    assert ("Pieter van Hoorn", ("Ines Saravia",), "") in got


def test_the_one_that_is_no_letter_is_not_answered() -> None:
    got = found_replies(
        "The Foreign Minister, Ines Saravia, has asked the Commission Vice-President, Pieter van Hoorn, to "
        "include a safeguard clause, according to a letter to which this newspaper has had access.",
        "The letter answers the question which everyone has asked.",
    )
    assert got == [("Ines Saravia", ("Pieter van Hoorn",), "")]


@pytest.mark.parametrize(
    "reply",
    [
        "In his reply of 12 March to Commission President Henrik Aalborn, the head of government, Zdenek Brabant, "
        "rejected the demand.",
        "In his reply of 12 March to Henrik Aalborn, Zdenek Brabant rejected the demand.",
    ],
)
def test_a_dated_reply_to_a_named_party_is_a_letter(reply: str) -> None:
    got = found_replies(
        "Henrik Aalborn had written to Zdenek Brabant on 10 March demanding a timetable.", reply
    )
    assert ("Zdenek Brabant", ("Henrik Aalborn",), "Henrik Aalborn") in got


def test_an_undated_reply_to_a_senator_in_a_debate_is_talk() -> None:
    got = found_acts(
        "In his reply to Senator Henrik Aalborn during the debate, Minister Zdenek Brabant rejected the demand."
    )
    assert got == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Attorney General Helena Kowalski today led a bipartisan coalition of 23 attorneys general in sending a "
        "letter to Chairwoman Gloria Stanway urging action.",
        "Attorney General Helena Kowalski joined her colleagues in sending a letter to Chairwoman Gloria Stanway.",
    ],
)
def test_the_one_who_leads_others_in_sending_sends(sentence: str) -> None:
    assert ("letter", "Helena Kowalski", ("Gloria Stanway",)) in found_acts(sentence)


def test_succeeding_in_sending_a_bill_sends_no_letter() -> None:
    assert (
        found_acts("Attorney General Helena Kowalski succeeded in sending the bill to Gloria Stanway.") == []
    )


def test_a_letter_told_again_answers_an_earlier_one_not_its_own_answer() -> None:
    got = found_replies(
        "President Andres Quirino answered on Wednesday the letter in which Pope Clement offered to mediate.",
        "The pope's letter answered one that Quirino sent to Rome in early January.",
    )
    pope_to_quirino = [r for r in got if r[0] == "Clement" or r[0] == "Pope Clement"]
    assert pope_to_quirino and all(answered != "" for _, _, answered in pope_to_quirino), got
    assert len([r for r in got if r[0] == "Andres Quirino"]) == 2, got


def test_the_letter_told_again_with_its_addressee_is_one_letter_of_its_own_date() -> None:
    rep = run(
        report(
            "President Idris Kolbane has asked the Regional Union to convene an emergency meeting, according to "
            "a letter seen by Reuters on Tuesday.",
            "In the letter, dated Monday and addressed to Union Commission chief Musa Hagar, Kolbane says the "
            "raids threaten the whole region.",
        )
    )
    letters = [c for c in rep.extraction.communications if c.kind == "letter"]
    assert len(letters) == 1
    assert [r.name for r in letters[0].recipients] == ["Musa Hagar"]
    assert letters[0].date.earliest == dt.date(2024, 3, 11)


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ruth Vandermolen urged Secretary Dolores Quintero to release the records, according to a letter "
        "seen by Reuters on Tuesday.",
        "Senator Ruth Vandermolen sent a letter, obtained by the Associated Press on Tuesday, to Secretary "
        "Dolores Quintero.",
    ],
)
def test_the_day_a_reporter_got_the_letter_is_not_its_date(sentence: str) -> None:
    comm = next(c for c in run(report(sentence)).extraction.communications if c.kind == "letter")
    assert comm.date.earliest != dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    "told",
    [
        "His letter was a response to the one which Strnad had sent him in December.",
        "The letter was a reply to the one that Strnad sent to Delmont in December.",
    ],
)
def test_a_letter_is_a_reply_to_the_one_another_sent(told: str) -> None:
    got = found_replies("Jacques Delmont wrote to Ladislav Strnad on January 19.", told)
    assert ("Jacques Delmont", ("Ladislav Strnad",), "Ladislav Strnad") in got
    assert ("Ladislav Strnad", ("Jacques Delmont",), "") in got


def test_a_reply_to_one_of_the_questions_is_no_letter_answered() -> None:
    got = found_replies(
        "Jacques Delmont wrote to Ladislav Strnad on January 19.",
        "His letter was a response to one of the questions raised in December.",
    )
    assert got == [("Jacques Delmont", ("Ladislav Strnad",), "")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ruth Vandermolen joined two colleagues in writing to Secretary Dolores Quintero on Monday.",
        "Senator Ruth Vandermolen joined 20 colleagues in writing to Secretary Dolores Quintero to demand answers.",
    ],
)
def test_joining_others_in_writing_writes(sentence: str) -> None:
    assert ("letter", "Ruth Vandermolen", ("Dolores Quintero",)) in found_acts(sentence)


def test_being_instrumental_in_writing_a_bill_writes_no_letter() -> None:
    assert found_acts("Senator Ruth Vandermolen was instrumental in writing the bill.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "According to a copy of the letter, Senator Ruth Vandermolen told Dolores Quintero that the delay was "
        "unacceptable.",
        "Senator Ruth Vandermolen urged Dolores Quintero to release the records, according to a copy of the letter "
        "seen by this newspaper.",
        "According to the text of the letter, Senator Ruth Vandermolen asked Dolores Quintero to act.",
    ],
)
def test_according_to_a_copy_of_the_letter_is_the_letter(sentence: str) -> None:
    assert ("letter", "Ruth Vandermolen", ("Dolores Quintero",)) in found_acts(sentence)


def test_according_to_a_copy_of_a_report_is_no_letter() -> None:
    got = found_acts(
        "According to a copy of the report, Senator Ruth Vandermolen told Dolores Quintero that the delay was "
        "unacceptable."
    )
    assert got == []


def test_according_to_a_letter_after_a_long_clause_is_the_main_verbs_letter() -> None:
    got = found_acts(
        "Senator Ruth Vandermolen has asked Commissioner Pieter Maas to include in the agreement a safeguard clause that "
        "allows tariffs to be reintroduced once imports exceed a certain threshold, according to a letter "
        "to which this newspaper has had access."
    )
    assert ("letter", "Ruth Vandermolen", ("Pieter Maas",)) in got


def test_according_to_a_letter_under_a_clause_of_no_addressing_is_no_letter() -> None:
    got = found_acts(
        "Senator Ruth Vandermolen said that Dolores Quintero had cut the budget of the agency that would have "
        "reviewed the imports, according to a letter seen by this newspaper."
    )
    assert ("letter", "Ruth Vandermolen", ("Dolores Quintero",)) not in got


def test_according_to_a_copy_under_a_participle_of_asking_is_the_writings_letter() -> None:
    got = found_acts(
        "Opposition leader Maria Delacroix has written to Commission chairperson Pieter Maas asking him to press "
        "the government to release 14 activists, according to a copy of the letter seen by this newspaper."
    )
    assert ("letter", "Maria Delacroix", ("Pieter Maas",)) in got
    assert [a for a in got if a[1] == "Pieter Maas"] == []
