"""'B replied to the letter A sent her last week': a relative clause with no 'that' on the answered letter,
which the parser often hangs on the sentence's verb. Its subject wrote the letter, its pronoun object is the
one who answers, and its date words date that letter, not the reply. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _acts(text: str) -> dict[str, tuple[tuple[str, ...], str | None, str | None, bool]]:
    """sender -> (recipients, earliest, latest, is a reply) of every communication."""
    comms = run(report(text)).extraction.communications
    return {
        (c.sender.name if c.sender else ""): (
            tuple(r.name for r in c.recipients),
            c.date.earliest and c.date.earliest.isoformat(),
            c.date.latest and c.date.latest.isoformat(),
            c.in_reply_to is not None,
        )
        for c in comms
    }


@pytest.mark.parametrize(
    "text",
    [
        "President Mira Talvik replied on Tuesday to the letter her Estlandic counterpart Oskar Brenner sent her last week.",
        "Queen Mira Talvik answered the letter King Oskar Brenner had sent her last week about the river.",
        "Chancellor Mira Talvik responded on Tuesday to the message her colleague Oskar Brenner sent her last "
        "week.",
    ],
)
def test_the_writer_of_the_answered_letter_is_the_clause_subject(text: str) -> None:
    acts = _acts(text)
    assert set(acts) == {"Mira Talvik", "Oskar Brenner"}, acts
    assert acts["Oskar Brenner"][0] == ("Mira Talvik",)
    assert acts["Mira Talvik"][0] == ("Oskar Brenner",)
    assert acts["Mira Talvik"][3], "the answer is a reply"


def test_the_clause_dates_the_answered_letter_not_the_reply() -> None:
    acts = _acts(
        "President Mira Talvik replied on Tuesday to the letter her Estlandic counterpart Oskar Brenner sent her last week."
    )
    # the report is of Thursday 14 March 2024: "last week" is 4-10 March
    assert acts["Oskar Brenner"][1:3] == ("2024-03-04", "2024-03-10"), acts
    assert acts["Mira Talvik"][1] != "2024-03-04", acts


def test_look_alikes_keep_their_reading() -> None:
    # a clause of its own after the letter, with 'because': Brenner sent flowers, not the letter
    assert _acts("President Mira Talvik replied to the letter because Oskar Brenner sent her flowers.") == {}
    # the sending verb has an object of its own: a telegram, another act than the letter answered
    acts = _acts("President Mira Talvik answered the letter, and Oskar Brenner sent her a telegram.")
    assert set(acts) == {"Oskar Brenner"} and not acts["Oskar Brenner"][3], acts
