"""A dateline that opens a line ('FREEPORT - The Alliance has written to ...', 'MARROW, Norland, March 12
(AP) — Kettle sent ...') is no part of the first party's name nor the sender: the story's sentence
starts after its dash. Look-alikes: a hyphenated pair of capitals ('EU-Norland talks'), a heading in
capitals with no dash. Invented sentences; helpers of ``test_patterns``."""

from __future__ import annotations

import pytest

from lettertrace.models import Options
from lettertrace.nlp import parse
from test_extract import report, run
from test_patterns import Obs, observed

A = "Tomas Kettle"
B = "Ida Ostrova"


@pytest.mark.parametrize(
    "first_line, expected",
    [
        (f"FREEPORT - The Harbour Workers Alliance has written to Chancellor {B} asking for talks.",
         [("letter", "Harbour Workers Alliance", (B,), "")]),
        (f"MARROW, Norland, March 12 (AP) \u2014 {A} sent a letter to {B} on Monday.", [("letter", A, (B,), "")]),
        (f"MARROW, Norland \u2014 {A} sent a letter to {B} on Monday.", [("letter", A, (B,), "")]),
        (f"FREEPORT - More than 200 writers have signed an open letter to Chancellor {B} demanding a vote.",
         [("letter", "More than 200 writers", (B,), "")]),
        (f"FREEPORT - The Democratic Alliance has written to Public Protector {B} asking her to investigate.",
         [("letter", "Democratic Alliance", (B,), "")]),
        (f"FREEPORT, March 12 (Reuters) - President {A} phoned Chancellor {B} on Tuesday.", [("call", A, (B,), "")]),
    ],
)  # fmt: skip
def test_a_dateline_is_no_party(first_line: str, expected: list[Obs]) -> None:
    assert observed(run(report(first_line, dateline=None))) == expected


@pytest.mark.parametrize(
    "line, starts",
    [
        ("FREEPORT - The Alliance wrote to the chancellor.", ["FREEPORT", "The"]),
        ("EU-Norland talks resumed on Monday.", ["EU"]),
        ("MARROW - the talks resumed on Monday.", ["MARROW"]),
    ],
)
def test_sentences_after_a_dateline(line: str, starts: list[str]) -> None:
    doc = parse(line, Options().spacy_model)
    assert [s[0].text for s in doc.sents][: len(starts)] == starts
    if len(starts) == 1:
        assert not any(t.is_sent_start for t in doc[1:4])
