"""Two readings of a reply's neighbourhood. 'He requested the Speaker to convene a meeting. The Speaker replied
on Tuesday': a meeting asked for is no event in which the reply was spoken (the reply is a written one, of
that Tuesday). 'I have written to the party leaders and the Committee will meet': the parser took the next
clause's subject for one more addressee; it is none. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies

LETTER = "Opposition Leader Ravi Menon wrote to Speaker Lal Perera on Friday about the delayed committee."


@pytest.mark.parametrize(
    "asked",
    [
        "He requested the Speaker to convene a meeting of the committee without delay.",
        "He pressed the Speaker for a meeting of party leaders.",
        "He urged that a session of the House be held at once.",
    ],
)
def test_a_meeting_asked_for_leaves_the_reply_written(asked: str) -> None:
    got = found_replies(
        LETTER + " " + asked,
        "The Speaker replied on Tuesday, stating that two parties had not yet sent names.",
    )
    assert got == [("Lal Perera", ("Ravi Menon",), "Ravi Menon"), ("Ravi Menon", ("Lal Perera",), "")]


def test_a_meeting_held_before_the_reply_is_an_event() -> None:
    got = found_replies(
        LETTER + " The Speaker met him at a meeting of the committee on Monday.",
        "The Speaker replied on Tuesday, stating that two parties had not yet sent names.",
    )
    assert got == [("Ravi Menon", ("Lal Perera",), "")]


@pytest.mark.parametrize(
    ("sentence", "recipients"),
    [
        (
            "Speaker Lal Perera said he had written to the party leaders and the Committee of Selection will meet soon.",
            (),
        ),
        (
            "Speaker Lal Perera wrote to Ravi Menon and the Committee of Selection on Monday.",
            ("Ravi Menon", "Committee of Selection"),
        ),
        (  # a name's particle tagged a verb begins no clause
            "Speaker Lal Perera wrote to the party leaders and Angolan President Manuel dos Santos Kiala on Monday.",
            ("Manuel dos Santos Kiala",),
        ),
    ],
)
def test_the_next_clause_subject_is_no_addressee(sentence: str, recipients: tuple[str, ...]) -> None:
    acts = found_acts(sentence)
    assert all("Committee of Selection" not in r for _k, _s, r in acts) or recipients[-1:] == (
        "Committee of Selection",
    )
    if recipients:
        assert [r for _k, _s, r in acts] == [recipients]
