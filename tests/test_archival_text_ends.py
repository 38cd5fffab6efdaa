"""Where an edition's document ends: at a complimentary close and the name under it, or at the source note
the edition prints beneath it; a footnote's mark ends no name. What follows (an editor's note) is the
report's own text again (invented names and places)."""

from __future__ import annotations

import pytest

from lettertrace.extract.mentions import clean_np
from test_extract import report, run

LETTER = (
    "Letter From President Ashdown to Chairman Volkov{mark}",
    "Porto Vell, March 7, 1931.",
    "Dear Mr. Chairman: I have studied your proposals with the care that their importance deserves, and I"
    " believe that our correspondence has been useful.",
    "I hope that it will continue.",
)


def _comms(*paragraphs: str) -> list[tuple[str, tuple[str, ...], str, bool]]:
    rep = run(report(*paragraphs, headline="From the archive: the President answers"))
    return [
        (
            c.sender.name if c.sender else "",
            tuple(r.name for r in c.recipients),
            str(c.date.earliest),
            c.full_text is not None,
        )
        for c in rep.extraction.communications
    ]


@pytest.mark.parametrize(
    "end",
    [
        ("Sincerely,", "Thomas E. Ashdown"),  # a close and a name in title case
        ("With warm personal regards,", "Thomas E. Ashdown"),
        ("Sincerely,", "Thomas E. Ashdown", "(1) Source: Presidential Papers, Special Correspondence."),
    ],
)
def test_an_editors_note_after_the_letter_is_read(end: tuple[str, ...]) -> None:
    found = _comms(
        *[p.format(mark="(1)") for p in LETTER],
        *end,
        "Editor's note: Volkov answered on March 20, 1931, in a letter of eleven pages that accepted talks.",
    )
    assert ("Thomas E. Ashdown", ("Volkov",), "1931-03-07", True) in found
    assert any(s == "Volkov" and "Thomas E. Ashdown" in r and d == "1931-03-20" for s, r, d, _ in found)


def test_a_source_note_ends_the_text_without_a_signature() -> None:
    found = _comms(
        "Telegram From the Embassy in Arland to the Foreign Office(1)",
        "Porto Vell, March 3, 1931, 7 p.m.",
        "I saw the Chairman this afternoon for an hour and forty minutes. He was in a combative mood.",
        "(1) Source: Foreign Office files, 762.00. Secret; Priority.",
        "Editor's note: the Foreign Office replied by telegram on March 5, 1931, instructing the embassy to"
        " wait.",
    )
    assert ("Embassy in Arland", ("Foreign Office",), "1931-03-03", True) in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Department of State(1)", "Department of State"),
        ("the Foreign Office[2]", "the Foreign Office"),
        ("Apollo 11", "Apollo 11"),
        ("Group of 77", "Group of 77"),
    ],
)
def test_a_footnotes_mark_is_no_part_of_a_name(text: str, name: str) -> None:
    assert clean_np(text) == name
