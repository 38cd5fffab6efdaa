"""A dateline on a line of its own under the headline ("Dakar, 2 March 2023 (APS)", "KYIV, March 5, 2024
(UNIAN)", "Buenos Aires, Thursday 17 August 2023"): its place names no one, even where spaCy tags it a
person, so it never sends or receives. Invented people."""

from __future__ import annotations

import pytest

from lettertrace.datelines import dateline_tokens
from lettertrace.models import Options, RawReport
from lettertrace.nlp import parse
from lettertrace.pipeline import process_report

BODY = (
    "President Ana Berg received on Tuesday the Minister of Foreign Affairs of Ghana, Yaw Boakye, special envoy"
    " of President Kwame Mensah, bearer of a message from President Mensah."
)


@pytest.mark.parametrize(
    "line",
    ["Dakar, 2 March 2023 (APS)", "KYIV, March 5, 2024 (UNIAN)", "Buenos Aires, Thursday 2 March 2023"],
)
def test_the_place_of_a_dateline_line_is_no_party(line: str) -> None:
    text = f"President receives a message from the President of Ghana\n{line}\n\n{BODY}\n"
    rep = process_report(RawReport(source="x.txt", sha256="0" * 64, raw_text=text, fmt="txt"), Options())
    place = line.split(",")[0]
    named = {
        p.name for c in rep.extraction.communications for p in [c.sender, *c.recipients] if p is not None
    }
    assert place not in named
    assert any(
        c.sender is not None and c.sender.name == "Kwame Mensah" for c in rep.extraction.communications
    )


@pytest.mark.parametrize("line", ["Mr Berg, 12 March was a good day for him.", "Berg, Ana and Mensah met."])
def test_a_sentence_is_no_dateline(line: str) -> None:
    doc = parse(line, Options().spacy_model)
    assert not dateline_tokens(doc)
