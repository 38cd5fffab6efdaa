"""A hard-wrapped report whose dateline carries two calendars and an agency's credit ("FREEPORT, Ordibehesht
7, 1404 (April 27, 2025) (NNA) - The Leader of the ...") right under its headline: the dateline starts its
own line (the headline is not run into it) and its place and agency are no party. Also "Monsieur," as a
reproduced letter's salutation, and the letter a reproduced text belongs to is the one told before it.
Invented people."""

from __future__ import annotations

from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report

WRAPPED = (
    'Leader replies to the movement chief: "Patience is the key to the victory of the people"\n'
    "FREEPORT, Ordibehesht 7, 1404 (April 27, 2025) (NNA) - The Leader of the Revolution,\n"
    "Ayatollah Seyyed Omid Karimi, has responded to a letter that the head of the political\n"
    "bureau of the movement, Karim Nassar, had sent him a while ago, the agency said on Sunday.\n"
    "The reply was handed on Saturday evening to the movement's representative in the capital\n"
    "by an official of the Office of the Leader, who told reporters that the full text of the\n"
    "reply would be published by the office in the coming days, as it was in earlier years,\n"
    "and that the representative had also been given a copy of the Leader's message to the\n"
    "pilgrims, which calls on them to pray for the people of the besieged city and its children.\n"
)


def _run(text: str):  # type: ignore[no-untyped-def]
    return process_report(RawReport(source="x.txt", sha256="0" * 64, raw_text=text, fmt="txt"), Options())


def test_the_headline_is_not_run_into_a_dateline_on_the_next_line() -> None:
    rep = _run(WRAPPED)
    assert rep.clean.text.split("\n")[0].endswith('people"')
    assert rep.clean.text.split("\n")[1].startswith("FREEPORT, Ordibehesht 7, 1404")


def test_the_agency_of_a_long_double_dated_dateline_is_no_party() -> None:
    rep = _run(WRAPPED)
    named = {
        p.name for c in rep.extraction.communications for p in [c.sender, *c.recipients] if p is not None
    }
    assert "NNA" not in named and "FREEPORT" not in named, named
    assert any(
        c.sender is not None
        and c.sender.name == "Omid Karimi"
        and [r.name for r in c.recipients] == ["Karim Nassar"]
        for c in rep.extraction.communications
    ), [(c.sender, c.recipients) for c in rep.extraction.communications]


ARCHIVE = """Museum shows a naturalist's letters
Bordeaux, Saturday 10 May 2025

The centrepiece is the letter Claire Vasseur wrote from Paris to the ship-owner Pierre Castel on the day after the festival. The museum displays it with the following translation:

Paris, 15 July 1790

Monsieur,

I write to you with the noise of yesterday's festival still in my ears. The seeds arrived in good order, all but the cotton, which the damp has spoiled.

Your servant and friend,
C. Vasseur

In another case, Vasseur's letter of 1791 to the merchant Josiah Whitlock asks for tobacco seeds.
"""


def test_monsieur_opens_a_reproduced_letter_dated_in_its_own_head() -> None:
    rep = _run(ARCHIVE)
    dated = [
        (c.sender.name if c.sender else None, c.date.earliest.isoformat() if c.date.earliest else None)
        for c in rep.extraction.communications
        if c.full_text is not None
    ]
    assert dated == [("Claire Vasseur", "1790-07-15")], dated
