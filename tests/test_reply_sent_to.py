"""A reply told with the participle that sends it ("B turned the plan down in a reply sent to A", "a reply
addressed to A by B"): B's letter to A, answering what A sent B if the report tells it; and the letter it
answers told as "one sent on 4 March by A". Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    "text",
    [
        # the replier is the clause's subject
        "Commissioner Adina Rusu rejected the plan in a reply sent to minister Joost Brand on Monday.",
        # the reply hangs on an infinitive: the subject of the verb above it
        "Commissioner Adina Rusu has turned down a request to double the aid, in a reply sent to minister "
        "Joost Brand on Monday.",
        # passive participle with its agent
        "A reply addressed to minister Joost Brand by Commissioner Adina Rusu was published on Monday.",
        # a role for the addressee, whom the report names
        "Commissioner Adina Rusu rejected the plan in a reply sent to the Dutch minister on Monday. The Dutch "
        "minister, Joost Brand, had asked for more time.",
    ],
)
def test_a_reply_sent_to_someone_is_a_letter_to_them(text: str) -> None:
    assert ("letter", "Adina Rusu", ("Joost Brand",)) in found_acts(text)


def test_the_letter_it_answers_told_as_one_sent_by_someone() -> None:
    replies = found_replies(
        "Commissioner Adina Rusu rejected the plan in a reply sent to minister Joost Brand on Monday.",
        "The letter answers one sent on 4 March by Joost Brand, in which the minister warned of losses.",
    )
    assert ("Adina Rusu", ("Joost Brand",), "Joost Brand") in replies


def test_a_reply_delivered_to_an_office_answers_the_letter_told_before() -> None:
    text = (
        "Opposition Leader Ralph Dorsey wrote to Speaker Hallam Yeats on Friday asking him to recall the "
        "House. In a two-page reply delivered to the Opposition Leader's office on Monday, Yeats said the "
        "rules did not allow it."
    )
    acts = found_acts(text)
    assert ("letter", "Hallam Yeats", ("Opposition Leader's office",)) not in acts
    assert ("letter", "Ralph Dorsey", ("Hallam Yeats",)) in acts


def test_a_reply_sent_to_no_one_named_is_none() -> None:
    assert found_acts("Commissioner Adina Rusu rejected the plan in a reply sent on Monday.") == []
