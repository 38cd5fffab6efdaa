"""A writer told by an epithet in the clause of their own letter ('B replied on Thursday. In his answer, the
former Norland prime minister told A ...': B), never the one written to nor one of another state; and a
letter set off at the end of a reported clause ('A warned B that she will not accept X, in a letter dated 12
March'): the warning's medium, not a future act. Sentences are invented."""

from __future__ import annotations

import datetime as dt

from test_extract import acts, report, run


def test_an_epithet_in_the_writers_own_clause_is_the_writer() -> None:
    found = acts(
        "Prime Minister Ana Berg wrote to Council President Tom Hale on Monday.",
        "Hale replied on Thursday. In his answer, the former Norland prime minister told Berg that unanimity"
        " is a responsibility.",
    )
    assert ("letter", "Tom Hale", ("Ana Berg",)) in found, found
    assert not any("prime minister" in a[1] for a in found), found


def test_an_epithet_of_another_state_is_not_the_one_the_pronoun_names() -> None:
    found = acts(
        "President Ana Berg of Sudland has sent a congratulatory message to newly elected Prime Minister Tom"
        " Hale of Norland.",
        "Tom Hale was elected by parliament on Monday.",
        "In his message, the Sudlandic leader said the election shows the trust of the people.",
    )
    assert ("message", "Tom Hale", ("Ana Berg",)) not in found, found


def test_a_letter_set_off_after_a_reported_clause_is_the_telling_verbs_medium() -> None:
    rep = run(
        report(
            "Prime Minister Ana Berg has warned Council President Tom Hale that she will not accept the"
            " conclusions on the accession talks, in a letter dated 12 March and seen by this newspaper."
        )
    )
    letters = [
        (c.sender.name if c.sender else "", [r.name for r in c.recipients], c.date.earliest)
        for c in rep.extraction.communications
    ]
    assert letters == [("Ana Berg", ["Tom Hale"], dt.date(2024, 3, 12))], letters
