"""'President Traoré of Côte d'Ivoire' tagged as one name 'Traoré of Côte': after a title, a person's name
stops at 'of' (the place is the office's), so the headline's party is the body's 'Mariam Traoré'.
Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    ("headline", "body", "other"),
    [
        (
            "READOUT: President Boateng's telephone call with President Traoré of Côte d'Ivoire",
            "President Kwame Asante Boateng spoke today with President Mariam Traoré of Côte d'Ivoire.",
            "Mariam Traoré",
        ),
        (
            "READOUT: President Boateng's telephone call with President Diallo of Côte d'Ivoire",
            "President Kwame Asante Boateng spoke by phone today with President Awa Diallo of Côte d'Ivoire.",
            "Awa Diallo",
        ),
    ],
)
def test_a_titled_name_stops_at_of(headline: str, body: str, other: str) -> None:
    rep = run(report(body, headline=headline))
    assert observed(rep) == [("call", "Kwame Asante Boateng", (other,), "")]
    names = {p.name for c in rep.extraction.communications for p in (c.sender, *c.recipients) if p}
    assert not any(" of " in n for n in names)
