"""A weekday with no 'on' after the one called or written to ('phoned B Monday', agency style): spaCy reads
the name as the day's modifier; the name is still the party. Invented names; report dated Thursday
14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Senator Tomas Lind phoned President Ana Berg Monday to discuss the dam.", "call"),
        ("Senator Tomas Lind telephoned Chancellor Ana Berg Tuesday about the dam.", "call"),
        ("President Ana Berg met Tomas Lind last year. Lind phoned Berg Monday.", "call"),
        ("Senator Tomas Lind wrote to President Ana Berg Tuesday about the dam.", "letter"),
    ],
)
def test_the_one_named_before_a_bare_weekday_is_the_party(sentence: str, kind: str) -> None:
    rep = run(report(sentence))
    assert observed(rep) == [(kind, "Tomas Lind", ("Ana Berg",), "")]
    (comm,) = rep.extraction.communications
    assert comm.date.precision == "day" and comm.date.earliest is not None
    assert comm.date.earliest.strftime("%A") in sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Tomas Lind met President Ana Berg Monday to discuss the dam.",
        "Senator Tomas Lind visited Governor Ana Berg Tuesday.",
    ],
)
def test_a_meeting_on_a_bare_weekday_is_no_communication(sentence: str) -> None:
    assert observed(run(report(sentence))) == []
