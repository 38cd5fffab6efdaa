"""'He received a WhatsApp message from C': the one who received is never the one it came from; and a
letter and a text or service message between the same two people are two acts, not one told twice."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "second",
    [
        "Ward testified that days later he received a WhatsApp message from Cole.",
        "Ward said that later that month he received a text message from Cole.",
        "Three days later, Ward told the inquiry, he received an email from Cole.",
    ],
)
def test_a_later_electronic_message_is_another_act(second: str) -> None:
    acts = found_acts(
        "The minister, Anne Cole, sent a letter to John Ward, chair of the board, asking the board to reconsider.",
        second,
    )
    assert ("letter", "Anne Cole", ("John Ward",)) in acts
    assert [a for a in acts if a[0] == "message"] == [("message", "Anne Cole", ("John Ward",))]


def test_the_letter_told_again_is_one_act() -> None:
    acts = found_acts(
        "The minister, Anne Cole, wrote to John Ward, chair of the board, on 3 May 2019.",
        "Ward said that he received the letter from Cole two days later.",
    )
    assert acts == [("letter", "Anne Cole", ("John Ward",))]


def test_he_who_received_is_not_the_one_it_came_from() -> None:
    acts = found_acts(
        "Board chair Pieter Mokoena told the inquiry that the minister, Thabo Ndlovu, wanted the contract "
        "saved.",
        "Mokoena testified that weeks later he received a text message from Ndlovu.",
    )
    assert acts == [("message", "Thabo Ndlovu", ("Pieter Mokoena",))]
