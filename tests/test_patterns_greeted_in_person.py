"""Greetings conveyed, extended or expressed in a sentence that tells of a meeting ("During the meeting,
A conveyed the warm greetings of his president to B") were said face to face: no message. Greetings
sent, or carried in a letter, stay correspondence. And a reply made "with a call to B" goes to B, not to
the body whose letter it answers. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

VISIT = "Prime Minister Maria Holm this morning welcomed the Head of Government of Vestria, Tomas Varga, for talks."


@pytest.mark.parametrize(
    "sentence",
    [
        "During the meeting, Mr Varga conveyed the warm greetings of the Vestrian President to the Prime Minister.",
        "Varga conveyed the greetings of the Vestrian President to Holm during an audience on Monday.",
        "At the talks, Varga extended the congratulations of his government to Holm on her re-election.",
    ],
)
def test_greetings_conveyed_in_a_meeting_are_no_message(sentence: str) -> None:
    assert observed(run(report(VISIT, sentence))) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "President Tomas Varga on Monday sent his warm greetings to President Maria Holm on the national day.",
            [("message", "Tomas Varga", ("Maria Holm",), "")],
        ),
        (
            "President Tomas Varga on Monday extended his condolences to President Maria Holm in a message.",
            [("message", "Tomas Varga", ("Maria Holm",), "")],
        ),
    ],
)
def test_greetings_sent_stay_messages(sentence: str, expected: list[object]) -> None:
    assert observed(run(report(sentence))) == expected


@pytest.mark.parametrize(
    "reply",
    [
        "Brambati responded on Wednesday with a phone call to Holm, the Canton said.",
        "Brambati replied on Wednesday with a call to Holm.",
        "Brambati answered on Wednesday with a message to Holm.",
    ],
)
def test_a_reply_made_with_an_act_to_someone_goes_to_that_one(reply: str) -> None:
    letter = (
        "The Council of State of the Canton of Vestria has written to the President of the Norland Region,"
        " Marco Brambati. The letter was signed by the President of the Council of State, Nadia Holm."
    )
    found = observed(run(report(letter, reply)))
    assert any(s == "Marco Brambati" and r == ("Nadia Holm",) for _k, s, r, _a in found), found
