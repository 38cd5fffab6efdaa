"""Three readings of a reply told after letters from several writers:

- 'A wrote to B, urging the prime minister to act': the office a participle on the letter urges, asks or
  calls on is the addressee's, so a later 'the prime minister' is B.
- 'D wrote to B in February. B replied in March': of letters from several writers, the one told in the
  sentence right before a bare reply, in its paragraph, is the one answered (in another paragraph the
  reply stays unread: it may answer either).
- 'B replied in March, according to people familiar with the exchange': a source is no manner of
  replying that makes the reply spoken.

Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies

GROUP = "Fourteen former ministers have written an open letter to Helen Ashby, {urging}."


@pytest.mark.parametrize(
    "urging",
    [
        "urging the prime minister to reverse her decision",
        "calling on the prime minister to reverse her decision",
        "asking the prime minister to reverse her decision",
    ],
)
def test_the_urged_office_is_the_addressees(urging: str) -> None:
    got = found_replies(
        GROUP.format(urging=urging),
        "Lord Pemberley first raised his concerns in a private letter to Ashby in February. The prime minister"
        " replied in March, telling him the decision had been difficult.",
    )
    assert ("Helen Ashby", ("Pemberley",), "Pemberley") in got


@pytest.mark.parametrize(
    "reply",
    [
        "Ashby replied in March, telling him the decision had been difficult.",
        "She answered on 4 March, saying the decision had been difficult.",
        "The prime minister responded two weeks later, saying the decision had been difficult.",
    ],
)
def test_a_bare_reply_answers_the_letter_just_told(reply: str) -> None:
    got = found_replies(
        "Fourteen former ministers have written an open letter to Prime Minister Helen Ashby on 3 March.",
        "Lord Pemberley wrote to the prime minister privately on 2 February. " + reply,
    )
    assert ("Helen Ashby", ("Pemberley",), "Pemberley") in got


def test_a_bare_reply_in_another_paragraph_stays_unread() -> None:
    got = found_acts(
        "Fourteen former ministers have written an open letter to Prime Minister Helen Ashby on 3 March.",
        "Lord Pemberley wrote to the prime minister privately on 2 February.",
        "Ashby replied on 9 March.",
    )
    assert all(sender != "Helen Ashby" for _k, sender, _r in got)


@pytest.mark.parametrize(
    "source",
    ["according to people familiar with the exchange", "according to her office", "according to the agency"],
)
def test_a_source_does_not_make_a_reply_spoken(source: str) -> None:
    got = found_replies(
        "Lord Pemberley wrote to Prime Minister Helen Ashby on 2 February.",
        f"The prime minister replied in March, {source}.",
    )
    assert ("Helen Ashby", ("Pemberley",), "Pemberley") in got
