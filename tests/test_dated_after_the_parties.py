"""'a letter from A to B, dated 2 June 1927': the parse hangs a set-off 'dated' on the last name before
it, but a person or a body is not dated; the participle dates the letter whose parties stand between.
A 'dated' after a thing the letter is about ('about the Treaty of Norland, dated 1990') dates that thing.
Invented people; the report is dated 14 March 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from test_extract import report, run


def _dates(*paras: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    comms = run(report(*paras)).extraction.communications
    return sorted(
        ((c.sender.name if c.sender else "", c.date.earliest, c.date.latest) for c in comms), key=str
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz sent a letter to Tomas Velde, dated 2 June 1927, asking for help with the harbour.",
        "The archive holds a letter from Ana Ruiz to Governor Tomas Velde, dated 2 June 1927.",
        "Among the papers is a letter from Ana Ruiz of the Planters' Union to Tomas Velde, dated 2 June 1927.",
        "A message from Ana Ruiz to the Harbour Board, dated 2 June 1927, asked for a new pier.",
    ],
)
def test_dated_after_the_parties_dates_the_letter(text: str) -> None:
    assert _dates(text) == [("Ana Ruiz", dt.date(1927, 6, 2), dt.date(1927, 6, 2))]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz wrote to Tomas Velde about the Treaty of Norland, dated 1990, asking for help.",
        "Ana Ruiz sent a letter to Tomas Velde enclosing a memorandum from the Harbour Board, dated 2 June 1927.",
    ],
)
def test_dated_on_a_thing_the_letter_is_about_is_not_its_date(text: str) -> None:
    [(sender, earliest, _latest)] = _dates(text)
    assert sender == "Ana Ruiz"
    assert earliest is None or earliest.year == 2024
