"""'B's reply, dated 21 March 1876, is shorter and cooler' after a letter reproduced whole (signed by A, to
B): the reply exists (it bears a date), it goes to the one who wrote to B, answers that letter and is of its
own date, however the parser hangs 'dated'; a prose line after the signature is no date line of the letter,
and the prefilter reads the possessor of 'B's reply' as the party near the cue. A reply awaited or due has
no date of its own and is no act. Invented people."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run

LETTER = """Speaker's Chambers, St George's
14th March 1876

To His Excellency Robert Dunmore, Esquire
Governor of Norland

Sir,

I have the honour to transmit to Your Excellency the Resolution agreed to yesterday by the House.

I have the honour to be,
Sir,
Your Excellency's most obedient humble Servant,

S. F. Cox
Speaker"""


def acts(after: str) -> list[tuple[str, tuple[str, ...], dt.date | None, str]]:
    text = report(
        "The archive holds letters of 1876. We reproduce the first in full.", "---", LETTER, "---", after
    )
    comms = run(text).extraction.communications
    return sorted(
        (
            c.sender.name if c.sender else "",
            tuple(r.name for r in c.recipients),
            c.date.earliest,
            comms[c.in_reply_to].sender.name
            if c.in_reply_to is not None and comms[c.in_reply_to].sender
            else "",
        )
        for c in comms
    )


@pytest.mark.parametrize(
    "after",
    [
        "Dunmore's reply, dated Government House, 21st March 1876, is shorter and cooler.",
        "Dunmore's reply, dated 21 March 1876, is shorter and cooler.",
        "Dunmore's answer, dated 21 March 1876, is shorter and cooler.",
        "Robert Dunmore's reply, dated 21st March 1876, survives in the same bundle.",
    ],
)
def test_a_dated_reply_answers_the_reproduced_letter(after: str) -> None:
    assert ("Robert Dunmore", ("S. F. Cox",), dt.date(1876, 3, 21), "S. F. Cox") in acts(after)


@pytest.mark.parametrize(
    "after",
    ["Dunmore's reply is still awaited by historians.", "Dunmore's reply, due within the week, never came."],
)
def test_a_reply_without_a_date_of_its_own_is_none(after: str) -> None:
    assert not any(sender == "Robert Dunmore" for sender, *_ in acts(after))
