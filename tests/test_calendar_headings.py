"""Calendar headings of documentary editions ("No. 47. Chief A to the High Commissioner, 12 June 1895",
"12. The Governor to the Secretary of State, 4 July 1957", "Telegram, A to B, 3 May 1921"): a line of its
own naming writer, addressee and date is one communication of that date. A headline's plan ("A to visit B,
12 June 2024") and a headline about a letter ("The Leader's response to a letter by A, 5 April 2018") are
none."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _acts(*paragraphs: str) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    comms = run(report(*paragraphs)).extraction.communications
    return sorted(
        (
            c.kind,
            c.sender.name if c.sender else "",
            tuple(r.name for r in c.recipients),
            c.date.earliest.isoformat() if c.date.earliest else None,
        )
        for c in comms
    )


BODY = "Sir,\n\nI write this letter to ask for the protection that the Queen promised to my people."


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "No. 47. Chief Motsamai Sekhobe to Sir Roland Ashwin, 12 June 1895",
            ("letter", "Motsamai Sekhobe", ("Roland Ashwin",), "1895-06-12"),
        ),
        (
            "12. Governor Edward Hale to Colonel Ruth Banda, 4 July 1957",
            ("letter", "Edward Hale", ("Ruth Banda",), "1957-07-04"),
        ),
        (
            "Telegram, Governor Edward Hale to Colonel Ruth Banda, 3 May 1921",
            ("message", "Edward Hale", ("Ruth Banda",), "1921-05-03"),
        ),
    ],
)
def test_a_heading_is_a_dated_letter(heading: str, expected: tuple[str, str, tuple[str, ...], str]) -> None:
    body = (
        BODY if expected[0] == "letter" else "Frontier quiet stop chiefs met today stop request instructions"
    )
    assert expected in _acts("Documents on the frontier, 1890-1960", heading, body)


@pytest.mark.parametrize(
    "heading",
    [
        "President Oona Vale to visit Chancellor Anatole Brandt, 12 June 2024",
        "The Leader's response to a letter by Oona Vale, 5 April 2018",
    ],
)
def test_no_heading(heading: str) -> None:
    got = _acts("World news", heading, "The visit was announced on Monday by the two offices.")
    assert not any(s == "Oona Vale" and r == ("Anatole Brandt",) for _, s, r, _ in got)
