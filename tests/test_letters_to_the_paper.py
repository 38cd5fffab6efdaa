"""A letters page: each reproduced letter that opens "Sir," (or "Dear Editor") and names no one else is
written to the paper the page names; and a dated note ("your note of Thursday") is a written message."""

from __future__ import annotations

from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report
from test_extract import found_acts

PAGE = """THE EASTVALE HERALD

LETTERS TO THE EDITOR

Saturday 12 March 2022

Sanctions and their limits

Sir,

Mr Holm's letter (9 March) argues that sanctions have never stopped a tank. They were never meant to.

Yours faithfully,
HENRY CALDWELL
Former ambassador to Norland
Woodstock

Refugees must be let in

Dear Editor,

My parish has offered homes to nine families. Not one visa has yet been issued.

Yours faithfully,
THE REV. CANON JULIET FAIRWEATHER
Vicar of St Mary's, Ludlow
"""


def _acts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    rep = process_report(RawReport(source="x.txt", sha256="0" * 64, raw_text=text, fmt="txt"), Options())
    return sorted(
        (c.sender.name.lower() if c.sender else "", tuple(r.name for r in c.recipients))
        for c in rep.extraction.communications
    )


def test_each_letter_of_a_letters_page_goes_to_the_paper() -> None:
    assert _acts(PAGE) == [
        ("henry caldwell", ("The Eastvale Herald",)),
        ("juliet fairweather", ("The Eastvale Herald",)),
    ]


def test_a_letter_to_a_named_addressee_keeps_it() -> None:
    page = PAGE.replace("Dear Editor,", "Dear Minister Karl Ruiz,")
    assert ("juliet fairweather", ("Karl Ruiz",)) in _acts(page)


def test_no_paper_without_an_outlet_named() -> None:
    page = PAGE.replace("THE EASTVALE HERALD\n\n", "")
    assert not any("Herald" in r for _, rs in _acts(page) for r in rs)


def test_a_note_of_a_day_is_a_message() -> None:
    acts = found_acts(
        "Norland MP Ana Berg wrote to Sudland MP Karl Ruiz on 9 December.",
        "The sale also includes Ruiz's own note of 7 December, to which Berg was replying.",
    )
    assert any(k == "message" and s == "Karl Ruiz" and r[0].endswith("Berg") for k, s, r in acts)


def test_a_note_of_a_bank_is_none() -> None:
    assert found_acts("The central bank issued a note of 7 December on rates.") == []


def test_a_persons_note_to_someone_is_a_message() -> None:
    acts = found_acts("Norland minister Ana Berg's note to Karl Ruiz was leaked on Monday.")
    assert acts == [("message", "Ana Berg", ("Karl Ruiz",))]
