"""'Askara, June 5, 2024 (SNA) President A has written ...': a dateline whose agency credit in brackets is
followed by the story with no dash. The place is no writer, and the story's first sentence starts after it."""

from __future__ import annotations

import pytest

from lettertrace.datelines import BRACKETED_CREDIT_RE
from test_extract import run


@pytest.mark.parametrize(
    "line",
    [
        "Askara, June 5, 2024 (SNA) President Ana Berg has written to the Senate seeking the confirmation "
        "of five nominees.",
        "Askara, 5 June (SNA) President Ana Berg wrote to the Senate on Monday seeking the confirmation of "
        "five nominees.",
        "Port Askara, Jun. 5 (Sylvan News Agency) The Senate received a letter from President Ana Berg "
        "seeking the confirmation of five nominees.",
    ],
)
def test_the_place_of_a_bracketed_credit_dateline_is_no_writer(line: str) -> None:
    rep = run("Nominees go to the Senate\n\n" + line + "\n")
    acts = [
        (c.sender.name if c.sender else "", [r.name for r in c.recipients])
        for c in rep.extraction.communications
    ]
    assert acts == [("Ana Berg", ["Senate"])], acts


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Askara, June 5, 2024 (SNA) President Ana Berg wrote.", "Askara, June 5, 2024 (SNA) "),
        ("Askara, Jul 5 (Prensa Sylvana) The minister wrote.", "Askara, Jul 5 (Prensa Sylvana) "),
        ("In Askara, June 5 (a Wednesday) the minister wrote.", None),  # no dateline: a sentence
        ("Askara, June 5, 2024 (SNA) - President Ana Berg wrote.", None),  # a dash: the older forms read it
    ],
)
def test_bracketed_credit_dateline_shape(text: str, found: str | None) -> None:
    m = BRACKETED_CREDIT_RE.search(text)
    assert (m.group(0) if m else None) == found
