"""A body writing, in its own statement ('The ministry said it had sent a note to B': 'it' is the body whose
statement the clause is), and a body known by its initials left untagged ('had written to CAFAR').
Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

FA = "Norland Football Association"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            f"The {FA} said it had written to the Vestrian federation on Friday.",
            ("letter", FA, ("Vestrian federation",)),
        ),
        (
            "The Norland Ministry of Foreign Affairs said it had sent a note verbale to the Vestrian embassy on Monday.",
            ("message", "Norland Ministry of Foreign Affairs", ("Vestrian embassy",)),
        ),
        (
            f"The {FA} said on Friday that it had written to the confederation's president, Tomas Lind.",
            ("letter", FA, ("Tomas Lind",)),
        ),
        (f"The {FA} confirmed it had written to CAFAR on Friday.", ("letter", FA, ("CAFAR",))),
    ],
)
def test_it_in_a_bodys_statement_is_the_body(
    sentence: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert observed(run(report(sentence))) == [(*expected, "")]


@pytest.mark.parametrize(
    "sentence",
    [
        f"President Ana Berg said it had been a difficult week for the {FA}.",
        f"The {FA} said it was too early to write to anyone.",  # no act told
    ],
)
def test_no_body_writes_where_it_is_no_body_or_nothing_is_sent(sentence: str) -> None:
    assert observed(run(report(sentence))) == []


def test_initials_of_offices_in_a_capitals_headline_are_offices_not_bodies() -> None:
    # "PM" and "CM" (a chief minister, as the Indian press writes it) are offices no name holds here
    comms = run(report("PM WRITES TO CM OVER DAM")).extraction.communications
    assert [(c.sender.name if c.sender else "", tuple(r.name for r in c.recipients)) for c in comms] == [
        ("PM", ("CM",))
    ]
    assert all(p.ptype == "person" for c in comms for p in (c.sender, *c.recipients) if p is not None)


def test_a_bodys_initials_in_brackets_are_its_short_name() -> None:
    rep = run(
        report(
            "The Norland Football Association (NFA) said it had written to the Vestrian federation on Friday."
        )
    )
    assert observed(rep) == [("letter", FA, ("Vestrian federation",), "")]
    (body,) = [p for p in rep.extraction.parties if p.name == FA]
    assert "NFA" in body.aliases
