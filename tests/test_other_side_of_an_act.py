"""A description written as one side of an act with a named person ("talks between the Chancellor and
President B", "the Chancellor phoned B") is never that person, anywhere in
the report. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import report, run, sent_pairs


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        (
            "Phone talks between the President of the Republic and President Ivo Kral",
            "Afterwards, the President of the Republic phoned President Ana Berg.",
        ),
        (
            "Meeting between the President of the Republic and President Ivo Kral",
            "The President of the Republic later wrote to President Ana Berg.",
        ),
        (
            "Talks between the President of the Republic and President Ivo Kral",
            "On Friday the President of the Republic sent a message to President Ana Berg.",
        ),
    ],
)
def test_a_headline_between_the_office_and_a_name_sets_them_apart(headline: str, sentence: str) -> None:
    rep = run(report(sentence, headline=headline))
    pairs = {
        (c.sender.name if c.sender else "", r.name)
        for c in rep.extraction.communications
        for r in c.recipients
    }
    assert ("Ivo Kral", "Ana Berg") not in pairs and ("Ana Berg", "Ivo Kral") not in pairs, pairs
    assert any("Ana Berg" in pair for pair in pairs), pairs


def test_the_one_said_hello_to_is_not_the_one_saying_it() -> None:
    rep = run(
        report(
            "Prime Minister Tor Vik called Prime Minister Jon Sand on Monday.",
            '"We are friends and we will remain friends whatever may come," the Prime Minister said to Mr Sand.',
        )
    )
    said = [q.speaker.name for q in rep.extraction.quotes if q.speaker is not None]
    assert said and "Jon Sand" not in said, said


def test_the_office_is_still_its_holder_where_nothing_sets_them_apart() -> None:
    pairs = sent_pairs(
        "President Ivo Kral returned from Norland on Monday.",
        "On Tuesday, the President spoke by telephone with Prime Minister Ana Berg.",
    )
    assert ("Ivo Kral", "Ana Berg") in pairs, pairs
