"""Inside a reproduced letter, 'Our earlier letter Ref. CG/GOV/087 of 14th February, 2024, has not received a
response' tells of an earlier letter of the same writer to the same addressee, dated by the 'of' phrase the
parser hangs on the reference number; 'Ref.' is an abbreviation, not the end of a sentence. Invented
people; the report is dated 14 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace import nlp
from lettertrace.models import Options
from test_extract import report, run


@pytest.mark.parametrize(
    "earlier",
    [
        "Our earlier letter of 14th February, 2024, addressed to your office on the same matter, has not received"
        " a response.",
        "Our earlier letter Ref. CG/GOV/087 of 14th February, 2024, addressed to your office on the same matter,"
        " has not received a response.",
        "Our earlier letter, Ref. CG/087 of 14th February, 2024, has not received a response.",
    ],
)
def test_the_earlier_letter_is_the_writers(earlier: str) -> None:
    rep = run(
        report(
            "Governor Ali Dida has written to Water Secretary Ruth Kamau over the stalled dam. Below is the letter"
            " in full.",
            "Dear Secretary,",
            earlier + " The communities cannot wait.",
            "Yours sincerely,\n\nAli Dida\nGovernor",
        )
    )
    got = sorted(
        (c.sender.name, tuple(r.name for r in c.recipients), c.date.earliest)
        for c in rep.extraction.communications
        if c.sender
    )
    assert ("Ali Dida", ("Ruth Kamau",), dt.date(2024, 2, 14)) in got
    assert len(got) == 2


def test_ref_does_not_end_a_sentence() -> None:
    doc = nlp.parse(
        "Our earlier letter Ref. CG/087 of 14 February has not been answered.", Options().spacy_model
    )
    assert len(list(doc.sents)) == 1
