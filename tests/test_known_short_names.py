"""A well-known actor named by the short form the alias file lists ("von der Leyen") holds the offices the file
gives her, so "the Commission President" in the same report is she. Invented report around the alias file's
actor."""

from __future__ import annotations

from lettertrace.actors import known_offices
from test_extract import report, run


def test_offices_of_a_listed_short_name() -> None:
    assert known_offices("von der Leyen") == known_offices("Ursula von der Leyen") != []


def test_the_commission_president_is_the_one_named_in_short() -> None:
    rep = run(
        report(
            "Prime Minister Eva Lind answered the Commission President's letter of 11 March on Wednesday.",
            headline="Lind replies to von der Leyen on farm subsidies",
        )
    )
    acts = sorted(
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in rep.extraction.communications
    )
    assert acts == [("Eva Lind", ("von der Leyen",)), ("von der Leyen", ("Eva Lind",))]
