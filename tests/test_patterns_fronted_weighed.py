"""Two constructions of parliamentary and wire copy (invented sentences; the report is dated Thursday 14
March 2024): the writers named after a fronted 'In a letter to B,' that the parser hung on B are the
letter's senders (the first named signs first); a call or letter only weighed or shunned ('had not ruled
out calling B', 'is considering writing to B') is no communication."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "In a letter to Dana Ruiz, Tomas Berg, a senator from Freeport, asked the company to answer 14 questions.",
        "In a letter to Dana Ruiz, Tomas Berg and Ana Holm asked the company to answer 14 questions.",
        "In a letter to Dana Ruiz, Tomas Berg and Ana Holm, two senators from Freeport, asked the company to "
        "answer questions.",
        "In a letter dated April 2 to chief executive Dana Ruiz, Sen. Tomas Berg, a Federalist from Freeport, "
        "and Sen. Ana Holm, the committee's ranking Unionist, asked the company to answer 14 questions.",
    ],
)
def test_the_writers_after_a_fronted_letter_send_it(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Tomas Berg", ("Dana Ruiz",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Tomas Berg said he had not ruled out calling Dana Ruiz to testify under oath.",
        "The minister is considering writing to President Ana Ruiz about the river.",
        "Prime Minister Tomas Berg avoided calling President Ana Ruiz after the vote.",
        "Aides suggested sending a letter to President Ana Ruiz before the summit.",
    ],
)
def test_a_call_or_letter_only_weighed_or_shunned_is_none(sentence: str) -> None:
    assert found_acts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Tomas Berg recalled calling President Ana Ruiz after the vote.",
        "Prime Minister Tomas Berg began writing to President Ana Ruiz in 2019.",
    ],
)
def test_a_call_or_letter_recalled_or_begun_was_made(sentence: str) -> None:
    [(_, sender, recipients)] = found_acts(sentence)
    assert (sender, recipients) == ("Tomas Berg", ("Ana Ruiz",))
