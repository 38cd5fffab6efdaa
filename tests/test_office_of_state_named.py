"""'The King of Denmark, Harald Dorn,': an office of a state that spaCy tags with the state as one name is
the office, held by the person named beside it; the headline's "the King of Denmark" is that person, and
"The message was conveyed by ..." in the body is the message the body told, not the headline's."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from lettertrace.extract.phrase_shapes import holds_name
from lettertrace.models import Options
from lettertrace.nlp import parse
from test_extract import found_acts

HEADLINE = "President Ana Berg receives condolence message from the King of Denmark"


@pytest.mark.parametrize(
    "lead",
    [
        "President Ana Berg received on Thursday a message of condolences from the King of Denmark, "
        "Harald Dorn, following the floods, the presidency announced.",
        "A message of condolences from the King of Denmark, Harald Dorn, was received by President Ana Berg "
        "on Thursday.",
        "The King of Denmark, Harald Dorn, sent a message of condolences to President Ana Berg on Thursday.",
    ],
)
def test_the_headline_office_is_the_king_named_in_the_body(lead: str) -> None:
    acts = found_acts(
        lead,
        "The message was conveyed by the Danish ambassador, who was received at the palace.",
        headline=HEADLINE,
    )
    assert acts == [("message", "Harald Dorn", ("Ana Berg",))], acts


def test_the_kings_office_alone_stays_an_office() -> None:
    """No name beside the office anywhere: the office is the party, and it is no name of its own."""
    acts = found_acts(
        "President Ana Berg received on Thursday a message of condolences from the King of Denmark.",
        headline=HEADLINE,
    )
    assert acts == [("message", "King of Denmark", ("Ana Berg",))], acts


@pytest.mark.parametrize(
    ("text", "name_at", "holds"),
    [
        ("A message came from the King of Morocco on Monday.", 5, False),  # the state tagged with the office
        ("A message came from the President of Ghana on Monday.", 5, False),
        ("A message came from the President of Ghana John Ama on Monday.", 5, True),  # a name spaCy missed
        ("A message came from the president of the Writers Union (WU) on Monday.", 5, False),  # a short form
    ],
)
def test_a_state_or_short_form_after_an_office_is_no_name(text: str, name_at: int, holds: bool) -> None:
    """Whatever the entity tagger makes of the words after the office ("the King of Morocco" tagged as
    one person's name), a state's name or a body's short form in brackets is no person's name."""
    doc = parse(text, Options().spacy_model)
    office = doc[name_at]
    after = [t for t in office.subtree if t.i > office.i and t.pos_ == "PROPN"]
    if "(" not in text:
        doc.ents = [Span(doc, office.i - 1, after[-1].i + 1, label="PERSON")]  # as the tagger may read it
    assert holds_name(doc[name_at]) is holds
