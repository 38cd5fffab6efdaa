"""'In a letter to B dated 8 February, A asked ...': the parser may read 'B dated 8 February' as a clause (B
its subject, 'to' left bare) or hang the whole 'In' phrase on 'dated'. The letter is A's, to B, of that
date; the participle is the letter's, not a verb the letter is told in."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import found_acts, report, run


@pytest.mark.parametrize(
    "sentence",
    [
        "In a letter to Finance Minister Stuart Callan dated 8 February, Dr Ruth Kinsey asked for $310 million "
        "in additional funding.",
        "In a letter to Stuart Callan dated 8 February, Dr Ruth Kinsey asked for more money.",
        "In a letter to the Finance Minister, Stuart Callan, dated 8 February, Dr Ruth Kinsey asked for more "
        "money.",
        "Dr Ruth Kinsey sent a letter to Finance Minister Stuart Callan dated 8 February asking for more money.",
    ],
)
def test_a_letter_to_b_dated_a_day(sentence: str) -> None:
    assert ("letter", "Ruth Kinsey", ("Stuart Callan",)) in found_acts(sentence)
    comm = next(c for c in run(report(sentence)).extraction.communications if c.kind == "letter")
    assert comm.date.earliest == dt.date(2024, 2, 8)


def test_a_person_who_dated_something_is_no_addressee() -> None:
    got = found_acts("Dr Ruth Kinsey wrote on Monday about the report Stuart Callan dated 8 February.")
    assert ("letter", "Ruth Kinsey", ("Stuart Callan",)) not in got
