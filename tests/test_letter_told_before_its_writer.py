"""A report that opens on the answer ('members say a letter from Minister B fails them') and then tells
the letter it answers ('The committee wrote to the minister ... The letter, signed by its chair, ...
In her reply, B said'): 'the letter' sent to B is never merged into B's own, and B's reply goes to the
one who wrote to her. Every text is invented."""

from __future__ import annotations

import pytest

from test_extract import found_replies

OPENING = (
    "Members of the Standing Committee on Foreign Affairs of the Sylvanian Assembly say a letter from Foreign "
    "Minister Kesi Orlamo has failed to answer their questions."
)
WROTE = "The committee wrote to the minister on 21 March, after a series of hearings."
SIGNED = (
    "The letter, signed by committee chair Ivo Stren on behalf of the members, called on the minister to act."
)


@pytest.mark.parametrize(
    "reply",
    [
        "In her reply, dated 12 April and tabled with the committee on Monday, Orlamo said more officers were hired.",
        "In her reply, dated 12 April, the minister said more officers were hired.",
        "Orlamo's reply, dated 12 April, said more officers were hired.",
    ],
)
def test_the_reply_goes_to_the_committee(reply: str) -> None:
    got = found_replies(OPENING, WROTE, SIGNED, reply)
    committee = next(s for s, _, _ in got if s != "Kesi Orlamo")
    assert (committee, ("Kesi Orlamo",), "") in got
    assert ("Kesi Orlamo", (committee,), committee) in got
    assert all(s not in r for s, r, _ in got)  # nobody writes to themselves
