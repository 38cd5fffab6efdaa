"""A call held "responding to a letter B had sent" is the answer to that letter, no second act. Invented
sentences."""

from __future__ import annotations

from test_extract import found_replies


def test_a_call_held_in_answer_to_a_letter() -> None:
    assert found_replies(
        "Foreign Minister Adam Krol held a phone call with Foreign Minister Eva Lind on Thursday, responding to "
        "a letter Lind had sent him last month."
    ) == [("Adam Krol", ("Eva Lind",), "Eva Lind"), ("Eva Lind", ("Adam Krol",), "")]


def test_a_letter_sent_in_answer_to_a_letter() -> None:
    assert found_replies(
        "Foreign Minister Adam Krol sent a letter to Foreign Minister Eva Lind on Thursday, responding to the "
        "letter Lind had sent him last month."
    ) == [("Adam Krol", ("Eva Lind",), "Eva Lind"), ("Eva Lind", ("Adam Krol",), "")]


def test_a_that_clause_then_a_participle_of_replying() -> None:
    assert found_replies(
        "Mark Pemberton has told Sen. Ana Berg that refunds are under way, responding to a letter the senator "
        "sent him last month."
    ) == [("Ana Berg", ("Mark Pemberton",), ""), ("Mark Pemberton", ("Ana Berg",), "Ana Berg")]
