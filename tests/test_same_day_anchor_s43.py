"""'The same day' counts from the day an act was told on, not from the day of a thing named since: in "A
sent a reply to B on Wednesday ... it answers B's letter of 12 September ... On the same day A phoned C"
the call is on Wednesday. With no act's day before it, the thing's day is still the one counted from."""

from __future__ import annotations

import datetime as dt

from test_extract import report, run


def _dates(*paragraphs: str) -> list[tuple[str, dt.date | None]]:
    rep = run(report(*paragraphs))
    return [(c.kind, c.date.earliest) for c in rep.extraction.communications]


def test_the_same_day_is_the_acts_day_not_the_answered_letters() -> None:
    found = _dates(
        "President Ana Berg sent a letter of reply to President Jan Holm on Tuesday. In the letter, Berg "
        "responds to Holm's letter of 4 March about the border.",
        "On the same day Berg had a phone conversation with Prime Minister Cara Lund about the floods.",
    )
    assert ("call", dt.date(2024, 3, 12)) in found, found


def test_the_same_day_is_not_the_day_a_letter_was_released() -> None:
    found = _dates(
        "Premier Luc Gagnon sent a letter on Tuesday to Prime Minister Graham Ash.",
        "In the letter, which his office released Wednesday, Gagnon asks for more money.",
        "Minister Sophie Roy sent a separate letter the same day to her counterpart, Marc Olen.",
    )
    assert ("letter", dt.date(2024, 3, 12)) in found and found.count(("letter", dt.date(2024, 3, 12))) == 2, (
        found
    )


def test_with_no_acts_day_before_the_letters_day_is_counted_from() -> None:
    found = _dates(
        "Holm's letter of 4 March reached President Ana Berg in Freeport.",
        "Two days later Berg phoned Prime Minister Cara Lund about it.",
    )
    assert ("call", dt.date(2024, 3, 6)) in found, found
