"""Reproduced e-mail and memo headers ('From:', 'Sent:', 'To:', 'Subject:' lines; 'TO/FROM/DATE' of a
memo) are a message (an e-mail) or a letter (a memo) from the 'From' line to the 'To' line, dated by
its 'Date' or 'Sent' line; and reports whose only cue is an e-mail as a medium ('in an email sent at
11pm') or a text message by its acronym ('an SMS') reach extraction. Look-alikes: a route ('From: A /
To: B' places), furniture ('Share via email'). Invented text; names of ``test_patterns``."""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace.extract import prefilter
from lettertrace.extract.headers import field
from test_extract import report, run
from test_patterns import H, L, observed

EMAIL = "From: Marta Halvard\nSent: 3 June 2023 23:42\nTo: Jonas Lindqvist\nSubject: Tomorrow"
EMAIL_BODY = "Jonas, the figures must be changed by morning. Do not copy anyone else."
MEMO = "MEMORANDUM\n\nTO: Jonas Lindqvist, Prime Minister\nFROM: Marta Halvard\nDATE: 4 May 1962\nSUBJECT: The river"
MEMO_BODY = "1. The talks on the river have stalled and the other side will not move before the vote."


def first(text: str) -> tuple[str, str, tuple[str, ...], dt.date | None]:
    (c,) = run(text).extraction.communications
    return c.kind, c.sender.name if c.sender else "", tuple(r.name for r in c.recipients), c.date.earliest


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            ("The email, which reporters have seen, reads in full:", EMAIL, EMAIL_BODY),
            ("message", "Marta Halvard", ("Jonas Lindqvist",), dt.date(2023, 6, 3)),
        ),
        (
            ("An aide leaked the exchange on Tuesday.", EMAIL.replace("Sent:", "Date:"), EMAIL_BODY),
            ("message", "Marta Halvard", ("Jonas Lindqvist",), dt.date(2023, 6, 3)),
        ),
        (
            ("The archive released the memorandum on Tuesday.", MEMO, MEMO_BODY),
            ("letter", "Marta Halvard", ("Jonas Lindqvist",), dt.date(1962, 5, 4)),
        ),
    ],
)
def test_a_reproduced_header_is_a_communication(
    paragraphs: tuple[str, ...], expected: tuple[object, ...]
) -> None:
    assert first(report(*paragraphs, headline="Leaked papers show pressure on figures")) == expected


def test_the_header_and_its_text_are_the_full_text() -> None:
    text = report("The email reads in full:", EMAIL, EMAIL_BODY, headline="Leaked papers show pressure")
    (c,) = run(text).extraction.communications
    assert c.full_text is not None
    shown = text[c.full_text.span.start : c.full_text.span.end]
    assert shown.startswith("From: Marta Halvard") and shown.endswith("anyone else.")


def test_a_route_or_a_field_without_its_colon_is_no_header() -> None:
    route = "From: Freeport\nTo: Marrow\nDeparts: 09:40"
    assert observed(run(report("The ferry timetable for the summer:", route), prefilter=False)) == []
    assert field("From the start, the talks went badly.") is None
    assert field("To: Jonas Lindqvist") == ("to", 4, 19)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            f'In an email sent at 11:42pm on 3 June, {H} told {L}: "We need this done by morning."',
            "message H>L",
        ),
        (f"The email, dated 3 June, from {H} to {L} was read out at the inquiry.", "message H>L"),
    ],
)
def test_an_email_as_the_medium_reaches_extraction(sentence: str, expected: str) -> None:
    text = report(sentence, headline="Inquiry hears of late-night pressure")
    assert prefilter.has_cue(text.replace("Freedonia", ""))
    kinds = [(c.kind, c.sender.name if c.sender else "") for c in run(text).extraction.communications]
    assert kinds == [("message", "Marta Halvard")]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The minister sent the chairwoman an SMS minutes before the vote.", True),
        ("In an e-mail to the board, the chair resigned.", True),
        ("Share via email. Sign up for our email newsletter.", False),
        ("Email this story to a friend.", False),
    ],
)
def test_mail_cues(text: str, cue: bool) -> None:
    assert prefilter.has_cue(text) is cue
