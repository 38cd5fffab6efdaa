"""Acts the report goes on to say never existed: a claim told, then "There was no letter and no message" or
"There is no such letter, and no such call" (a fact-check's verdict) - the act is the claim refuted, not a
communication. A denied reply, another sender's letter or another day's call denies nothing told before.
Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "A channel reported that President Omar Karimi had written to King Idris Halwan before the summit.",
            'Spokesman Ali Saberi dismissed the report. "There was no letter and no message," he said.',
        ),
        (
            "Posts on social media claim that Prime Minister Marta Ocana phoned King Idris Halwan on Sunday.",
            "Verdict: False. There is no such letter, and no such call.",
        ),
        (
            "Posts claim that Prime Minister Marta Ocana sent a letter to King Idris Halwan.",
            "Our check found no such letter in any archive.",
        ),
    ],
)
def test_an_act_the_report_then_denies_is_none(paragraphs: tuple[str, ...]) -> None:
    assert found_acts(*paragraphs) == []


@pytest.mark.parametrize(
    "second",
    [
        "There has been no reply so far.",
        "There was no letter from Prime Minister Marta Ocana, the palace said.",
        "There was no call on Tuesday, when the summit opened.",
        "There was no call to congratulate him on the vote.",
    ],
)
def test_a_denial_of_another_act_keeps_the_act_told(second: str) -> None:
    acts = found_acts("President Omar Karimi wrote to King Idris Halwan on Monday about the border.", second)
    assert ("letter", "Omar Karimi", ("Idris Halwan",)) in acts, acts


def test_an_act_told_after_an_earlier_denial_in_its_own_sentence_stands() -> None:
    acts = found_acts(
        "President Omar Karimi spoke to King Idris Halwan on Tuesday, hours after the palace said there had "
        "been no call to congratulate the king on his jubilee."
    )
    assert acts == [("call", "Omar Karimi", ("Idris Halwan",))], acts
