"""'The two spoke by telephone': the two people the report named last, never the reporter of its byline
('By ANDREW HOLM, Political Editor') (invented reports dated Thursday 14 March 2024)."""

from __future__ import annotations

import pytest

from lettertrace import nlp
from lettertrace.extract.pairs import _in_byline
from lettertrace.models import Options
from test_extract import run

MODEL = Options().spacy_model


@pytest.mark.parametrize(
    "byline",
    ["By ANDREW HOLM, Political Editor", "By Andrew Holm, Diplomatic Correspondent", "BY ANDREW HOLM"],
)
def test_a_name_on_a_byline_line_is_the_reporter(byline: str) -> None:
    doc = nlp.parse(f"Ruiz and Berg talk gas\n\n{byline}\n\nAna Ruiz met Andrew Holm on Monday.\n", MODEL)
    holms = [t for t in doc if t.lower_ == "holm"]
    assert [_in_byline(t) for t in holms] == [True, False]


def test_the_two_are_the_people_of_the_story() -> None:
    text = (
        "Ruiz and Berg talk gas\n\nTHURSDAY, MARCH 14, 2024\n\nBy ANDREW HOLM, Political Editor\n\n"
        "MARIA Ruiz held talks with the Sylvanian chancellor yesterday amid fears of a gas crunch.\n\n"
        'A government spokesperson said the two spoke by telephone on Sunday and "agreed on open markets".\n\n'
        "According to a person familiar with the call, the Prime Minister pressed Tomas Berg on supplies.\n\n"
        "Mrs Ruiz is also understood to have spoken to Sylvania's President Vera Lind in recent days.\n"
    )
    rep = run(text)
    parties = {
        p.name for c in rep.extraction.communications for p in [c.sender, *c.recipients] if p is not None
    }
    assert not any("Holm" in p or "HOLM" in p for p in parties)
