"""'The letter is a response to the reply that B sent to him on January 31': a reply named as what a letter
answers is an act of its own (B's, to the letter's writer). 'sent a letter to the President of the Assembly,
Anna Vester, the Parliament's press office reported': the office that reports is the source, neither an
addressee nor an office of hers. Invented people."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, found_replies, report, run


@pytest.mark.parametrize(
    "then",
    [
        "The letter is a response to the reply that Vester sent to him on January 31.",
        "The letter is a response to the reply that the Assembly President sent to the Speaker on January 31.",
    ],
)
def test_a_reply_answered_is_an_act(then: str) -> None:
    first = "Speaker Levan Kharat has sent a new letter to Assembly President Anna Vester, his office said on 8 February 2024."
    acts = found_acts(first, then)
    assert sorted(acts) == [
        ("letter", "Anna Vester", ("Levan Kharat",)),
        ("letter", "Levan Kharat", ("Anna Vester",)),
    ]
    assert ("Levan Kharat", ("Anna Vester",), "Anna Vester") in found_replies(first, then)
    comms = run(report(first, then)).extraction.communications
    reply = next(c for c in comms if c.sender is not None and c.sender.name == "Anna Vester")
    assert reply.date.earliest == dt.date(2024, 1, 31)


@pytest.mark.parametrize(
    "source", ["the Parliament's press office reported on Thursday", "the ministry's spokesman said"]
)
def test_the_source_after_the_addressee_is_no_party(source: str) -> None:
    rep = run(
        report(
            f"Chairman Levan Kharat has sent a new letter to the President of the Assembly, Anna Vester, {source}."
        )
    )
    acts = [
        (c.sender.name if c.sender else None, tuple(r.name for r in c.recipients))
        for c in rep.extraction.communications
    ]
    assert acts == [("Levan Kharat", ("Anna Vester",))]
    vester = rep.extraction.communications[0].recipients[0]
    assert not any("office" in r or "spokesman" in r for r in vester.aliases)
