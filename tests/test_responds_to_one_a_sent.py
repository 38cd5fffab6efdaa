"""'The letter responds to one Ms A sent to all premiers on 17 January': the parser reads 'one' as the
number of the name A and hangs A's clause of sending on the name or on the reply's verb; the 'one' is
A's letter, to the replier, dated by that clause (not the reply). 'replied to one of the questions'
stays no letter. Invented people; the report is dated 14 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_replies, report, run

FIRST = "Premier Tom Harrow has written to Prime Minister Cathy Doon demanding more disaster funding."
JAN17 = dt.date(2024, 1, 17)


@pytest.mark.parametrize(
    "then",
    [
        "The letter responds to one Ms Doon sent to all state leaders on January 17.",
        "The letter responds to one Ms Doon sent him on January 17.",
        "The letter responds to one Cathy Doon wrote to the premiers on January 17.",
    ],
)
def test_one_a_sent_is_as_letter_answered(then: str) -> None:
    assert found_replies(FIRST, then) == [
        ("Cathy Doon", ("Tom Harrow",), ""),
        ("Tom Harrow", ("Cathy Doon",), "Cathy Doon"),
    ]
    comms = run(report(FIRST, then)).extraction.communications
    dates = {c.sender.name: (c.date.earliest, c.date.latest) for c in comms if c.sender}
    assert dates["Cathy Doon"] == (JAN17, JAN17)
    assert dates["Tom Harrow"] != (JAN17, JAN17)


def test_one_of_the_questions_is_no_letter() -> None:
    found = found_replies(FIRST, "Ms Doon replied to one of the questions on January 17.")
    assert ("Cathy Doon", ("Tom Harrow",), "") not in found
