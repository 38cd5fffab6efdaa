"""'the chair of a Commons committee wrote to the Home Secretary ... Dame A B, who chairs the Home Affairs
Committee, asked ...': a relative clause of holding an office over a body ('who chairs', 'who heads', 'who
leads') gives its holder that office, so the office named before resolves to her; 'doubt grew after the
chair of a committee wrote to B', parsed with 'after' as a preposition, keeps the chair as the writer.
Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts

NAMED = "Dame Ruth Penrose, who {verb} the Home Affairs Committee, asked Home Secretary Adrian Kell to reveal the cost."


@pytest.mark.parametrize(
    ("opening", "verb"),
    [
        (
            "The chair of a Commons committee wrote to the Home Secretary on Tuesday demanding details.",
            "chairs",
        ),
        (
            "The head of a Commons committee wrote to the Home Secretary on Tuesday demanding details.",
            "heads",
        ),
        (
            "The future of the hotel was thrown into doubt after the chair of a powerful Commons committee wrote to"
            " the Home Secretary on Tuesday demanding details of contracts.",
            "chairs",
        ),
    ],
)
def test_the_office_told_by_a_clause_resolves(opening: str, verb: str) -> None:
    acts = found_acts(opening, NAMED.format(verb=verb))
    assert acts == [("letter", "Ruth Penrose", ("Adrian Kell",))]


def test_a_past_clause_gives_no_office_now() -> None:
    acts = found_acts(
        "The chair of a Commons committee wrote to the Home Secretary on Tuesday demanding details.",
        "Dame Ruth Penrose, who chaired the Home Affairs Committee until 2019, asked Home Secretary Adrian Kell"
        " to reveal the cost.",
    )
    assert ("letter", "Ruth Penrose", ("Adrian Kell",)) not in acts


@pytest.mark.parametrize(
    "first",
    [
        "Senator Anna Kole, who leads the race for governor, met voters on Monday.",
        "Senator Anna Kole, who chairs the meeting every Monday, spoke to reporters.",
    ],
)
def test_leading_no_body_gives_no_office(first: str) -> None:
    acts = found_acts(
        first,
        "Committee chair Carl Dunn criticised her.",
        "On Tuesday the chair wrote to Governor Bram Tully.",
    )
    assert all(s != "Anna Kole" for _k, s, _r in acts)
