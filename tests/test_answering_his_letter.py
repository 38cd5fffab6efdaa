"""'Answering his letter of 3 May, A wrote to B': one does not answer one's own letter, so 'his' is the
one the main clause addresses (B wrote to A on 3 May, and A's letter answers it); and the reporter of the
byline is never the 'he' of the story. Invented people; real states."""

from __future__ import annotations

import pytest

from test_extract import run

BYLINE = "Oslo and Helsinki agree on patrols\n\nBy Aline Essomba\n\nOSLO, 20 May 2022 - Norway and Finland will begin coordinated patrols, the presidency announced on Thursday.\n\n"


def acts(text: str) -> list[tuple[str, str, str, str]]:
    comms = run(text).extraction.communications
    out = []
    for c in comms:
        answered = comms[c.in_reply_to].sender if c.in_reply_to is not None else None
        out.append(
            (
                c.sender.name if c.sender else "",
                c.recipients[0].name if c.recipients else "",
                str(c.date.earliest),
                answered.name if answered else "",
            )
        )
    return sorted(out)


@pytest.mark.parametrize(
    "sentence",
    [
        "Answering his letter of 3 May, President Tomas Hall wrote to Ivo Kant on Wednesday.",
        "Replying to his letter of 3 May, President Tomas Hall wrote to Ivo Kant on Wednesday.",
        "In response to his letter of 3 May, President Tomas Hall wrote to Ivo Kant on Wednesday.",
        "Answering her letter of 3 May, President Tomas Hall sent a message to Chancellor Ivo Kant on Wednesday.",
        "Answering his letter of 3 May, President Tomas Hall wrote to his Finnish counterpart Ivo Kant on"
        " Wednesday.",
    ],
)
def test_his_letter_is_the_addressees(sentence: str) -> None:
    assert acts(BYLINE + sentence) == [
        ("Ivo Kant", "Tomas Hall", "2022-05-03", ""),
        ("Tomas Hall", "Ivo Kant", "2022-05-18", "Ivo Kant"),
    ]


def test_answering_no_letter_is_no_reply() -> None:
    assert acts(BYLINE + "Answering his critics, President Tomas Hall wrote to Ivo Kant on Wednesday.") == [
        ("Tomas Hall", "Ivo Kant", "2022-05-18", "")
    ]


def test_the_reporter_is_no_ones_he() -> None:
    got = acts(BYLINE + "His letter to President Ivo Kant was delivered on Monday.")
    assert all(s != "Aline Essomba" for s, *_ in got)
