"""'the Voorzitter, Ana Ruiz MP, updated members ...': a one-word title set off before a person's name,
tagged by spaCy as a body, is that person wherever the report uses it again. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize("title", ["Llywydd", "Voorzitter"])
def test_the_title_is_the_person(title: str) -> None:
    got = found_replies(
        f"Also on Tuesday, the {title}, Elin Rowlands, updated members on her correspondence with the Speaker of the"
        " House of Commons, Sir Anthony Beddoes.",
        f"In a letter to Sir Anthony dated 3 November, the {title} asked that committees be notified. Sir Anthony"
        " wrote back on Monday, agreeing to raise the matter.",
    )
    assert got == [
        ("Anthony Beddoes", ("Elin Rowlands",), "Elin Rowlands"),
        ("Elin Rowlands", ("Anthony Beddoes",), ""),
    ]


def test_a_newspaper_before_a_clause_is_no_title() -> None:
    got = found_replies(
        "In an interview with the Courier, Ivo Kant said he had written to President Ana Ruiz."
    )
    assert got == [("Ivo Kant", ("Ana Ruiz",), "")]
