"""'Angolan Head of State sends message to Zambian counterpart' (a headline) above 'The President of the
Republic, A, has sent a letter to his Zambian counterpart, B': spaCy may tag the office, cut short ('Angolan
Head of'), as a person; it is an office, resolved to its holder, so the headline tells the body's letter and
'In the letter, dated 28 June, the Angolan Head of State writes' dates it. Invented people."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run

BODY = (
    "The President of the Republic, Tomas Varga, has sent a letter to his Zambian counterpart, Peter Banda, on"
    " the railway corridor.",
    "The letter was handed over on Wednesday by the foreign minister, who is in Lusaka as special envoy of the"
    " Angolan Head of State.",
    'In the letter, dated 28 February, the Angolan Head of State writes that the corridor "is a bridge between'
    ' the ocean and the heart of the region".',
)


@pytest.mark.parametrize("writer", ["the Angolan Head of State", "the Angolan statesman"])
def test_office_in_headline_is_its_holder(writer: str) -> None:
    body = [*BODY[:2], BODY[2].replace("the Angolan Head of State", writer)]
    headline = "Angolan Head of State sends message to Zambian counterpart"
    comms = run(report(*body, headline=headline)).extraction.communications
    assert [(c.sender.name if c.sender else "", [r.name for r in c.recipients]) for c in comms] == [
        ("Tomas Varga", ["Peter Banda"])
    ]
    assert comms[0].date.earliest == dt.date(2024, 2, 28)


def test_office_alone() -> None:
    from lettertrace import nlp
    from lettertrace.extract.phrase_shapes import _office_alone
    from lettertrace.models import Options

    doc = nlp.parse("The Angolan Head of State met Head of Government Ana Berg.", Options().spacy_model)
    assert _office_alone(doc[1:5])
    assert not _office_alone(doc[6:11])
