"""'B replied on 9 September, saying that ...': the tagger may label '9 September' an event, not a date; the
day still dates the reply, so the reply is told (it was dropped as undated), and 'In her reply, the
minister also reproached ...' is that reply again. Invented people; the report is dated 14 September 2023."""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace import nlp
from lettertrace.extract.dated import _dated
from lettertrace.models import Options
from test_extract import report, run

LETTER = "In a letter to Minister Ana Berg dated 2 September, the Cocoa Growers' Alliance demanded a minimum price."


@pytest.mark.parametrize(
    "reply",
    [
        "Berg replied on 9 September, saying that the government shares the concern.",
        "Minister Ana Berg replied on 9 September, saying that the government shares the concern.",
    ],
)
def test_reply_on_a_day(reply: str) -> None:
    rep = run(
        report(
            LETTER,
            reply,
            "In her reply, the minister also reproached the alliance.",
            dateline="Abidjan, 14 September 2023 -",
        )
    )
    got = sorted((c.sender.name if c.sender else "", c.date.earliest) for c in rep.extraction.communications)
    assert got == [("Ana Berg", dt.date(2023, 9, 9)), ("Cocoa Growers' Alliance", dt.date(2023, 9, 2))]


def test_a_month_name_dates_the_preposition() -> None:
    doc = nlp.parse("Berg replied on 9 September, and again in the Senate.", Options().spacy_model)
    on = next(t for t in doc if t.lower_ == "on")
    in_ = next(t for t in doc if t.lower_ == "in")
    assert _dated(on) and not _dated(in_)


def test_also_in_a_reply_is_no_same_day() -> None:
    rep = run(
        report(
            LETTER,
            "In her reply, the minister also reproached the alliance for publicising its demands.",
            dateline="Abidjan, 14 September 2023 -",
        )
    )
    reply = next(c for c in rep.extraction.communications if c.sender and c.sender.name == "Ana Berg")
    assert reply.date.earliest != dt.date(2023, 9, 2)
