"""'Sens. A and B wrote to C on April 15. "...," they wrote.': the 'they' of a quote's writing verb right after a
letter its writers signed together is that letter's voice: the quote is the letter's, under its sender (the
first signer). Not after a letter of one writer, nor for 'they said'. Invented people."""

from __future__ import annotations

import pytest

from test_extract import report, run

QUOTE = '"A student admitted to a graduate program should not have to wait 400 days," they {verb}.'


def _quotes(*paragraphs: str) -> list[tuple[str | None, int | None]]:
    rep = run(report(*paragraphs))
    return [(q.speaker.name if q.speaker else None, q.communication) for q in rep.extraction.quotes]


@pytest.mark.parametrize(
    "letter",
    [
        "Sens. Colleen Bran (D-Mass.) and Curtis Oye (R-Ind.) wrote to Secretary of State Eleanor March on April 15.",
        "Senators Colleen Bran and Curtis Oye wrote to Secretary of State Eleanor March on April 15 about visa waits.",
        "Senators Colleen Bran and Curtis Oye sent a joint letter to Secretary of State Eleanor March on April 15.",
    ],
)
def test_they_wrote_is_the_joint_letter(letter: str) -> None:
    assert _quotes(letter + " " + QUOTE.format(verb="wrote")) == [("Colleen Bran", 0)]


def test_they_said_is_no_letter() -> None:
    letter = "Senators Colleen Bran and Curtis Oye wrote to Secretary of State Eleanor March on April 15."
    assert (
        _quotes(letter, "At a rally on Friday they spoke again. " + QUOTE.format(verb="said"))[0][1] is None
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        'Senators Anna Kole and Carl Dunn received a letter from Governor Bram Tully on Monday. "We reject every'
        ' point of it," they wrote in reply.',
        'Senators Anna Kole and Carl Dunn wrote to Governor Bram Tully on Monday. "The governor must act now,"'
        " they wrote in an op-ed in the Herald on Tuesday.",
    ],
)
def test_they_are_not_the_writers_or_write_elsewhere(paragraph: str) -> None:
    assert all(speaker != "Bram Tully" and link is None for speaker, link in _quotes(paragraph))
