"""'A published an open letter to B ... A had written to B privately in November': an act told with
'privately', 'confidentially' (or 'publicly', 'openly') is as private (or open) as a letter called so,
and a private and an open letter are two letters. A reproduced text introduced by 'The full text of the
open letter reads:' is the open letter's, not the private one told last. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts, report, run

OPEN = (
    "Union leader Declan Walsh has published an open letter to Prime Minister Colm Byrne warning of strikes."
)


@pytest.mark.parametrize(
    "private",
    [
        "Mr Walsh had written to the prime minister privately in November asking for talks.",
        "Mr Walsh had privately written to Byrne asking for talks.",
        "Walsh had confidentially sent Byrne a letter in November asking for talks.",
    ],
)
def test_a_letter_written_privately_is_not_the_open_letter(private: str) -> None:
    assert found_acts(OPEN, private) == [
        ("letter", "Declan Walsh", ("Colm Byrne",)),
        ("letter", "Declan Walsh", ("Colm Byrne",)),
    ]


def test_publicly_after_privately_is_two_letters() -> None:
    assert found_acts(
        "Declan Walsh wrote privately to Prime Minister Colm Byrne in May.",
        "Walsh has now written to Byrne publicly, warning of strikes.",
    ) == [("letter", "Declan Walsh", ("Colm Byrne",)), ("letter", "Declan Walsh", ("Colm Byrne",))]


def test_the_full_text_of_the_open_letter_is_the_open_letters() -> None:
    rep = run(
        report(
            OPEN,
            "Mr Walsh had written to the prime minister privately in November asking for talks, but said he had"
            " received no reply.",
            "The full text of the open letter reads:",
            "Dear Prime Minister,\n\nOur members can wait no longer for a fair settlement of their pay. We ask you"
            " to open talks this month.\n\nYours sincerely,\n\nDeclan Walsh\nGeneral President",
        )
    )
    comms = rep.extraction.communications
    assert len(comms) == 2
    with_text = [c for c in comms if c.full_text is not None]
    assert len(with_text) == 1
    text = rep.clean.text
    told = [text[s.start : s.end] for s in with_text[0].mentions]
    assert any("open letter to Prime Minister" in t for t in told)
    assert not any("privately" in t for t in told)
