"""Document editions that print a heading in capitals ("PRINCE A B TO THE EMPRESS C D") and date a letter in
both styles, Old (Julian) first ("12 March/24 March 1861", "7/19 August 1858"): the heading names the
writer and the addressee, in the case of a name, and the New Style day dates the letter.
Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from lettertrace.extract.signature import line_date
from test_extract import report, run

BODY = (
    "Madam,",
    "The Assembly has honoured me with its choice, and I beg Your Majesty to extend to our nation the "
    "protection of which your empire has given so many proofs. The bearer of this letter, Mr. Oren Falk, will "
    "explain our wishes.",
    "I am, Madam, with the most profound respect, your very humble servant,",
    "TOMAS ALDRIC",
)


@pytest.mark.parametrize(
    "heading, dated, writer, addressee, day",
    [
        (
            "PRINCE TOMAS ALDRIC BERGER TO THE EMPRESS ANA VALDES",
            "Vestra, 12 March/24 March 1861",
            "Tomas Aldric Berger",
            "Ana Valdes",
            dt.date(1861, 3, 24),
        ),
        (
            "PRINCE TOMAS ALDRIC BERGER TO THE EMPRESS ANA VALDES",
            "Vestra, 7/19 August 1858",
            "Tomas Aldric Berger",
            "Ana Valdes",
            dt.date(1858, 8, 19),
        ),
        (
            "THE GRAND DUKE OREN FALK TO KING ALDRIC IV",
            "Vestra, 2 May 1790",
            "Oren Falk",
            "Aldric IV",
            dt.date(1790, 5, 2),
        ),
    ],
)
def test_a_heading_in_capitals(heading: str, dated: str, writer: str, addressee: str, day: dt.date) -> None:
    rep = run(report("No. 41", heading, dated, *BODY))
    comms = rep.extraction.communications
    assert [(c.sender.name if c.sender else "", [r.name for r in c.recipients]) for c in comms] == [
        (writer, [addressee])
    ]
    assert (comms[0].date.earliest, comms[0].date.latest) == (day, day)


@pytest.mark.parametrize(
    "line, day",
    [
        ("Vestra, 30 January/11 February 1859", dt.date(1859, 2, 11)),
        ("Tiflis, 7/19 August 1858", dt.date(1858, 8, 19)),
        ("Paris, 3 May 1859", dt.date(1859, 5, 3)),
    ],
)
def test_a_date_line_in_both_styles_gives_the_new_style_day(line: str, day: dt.date) -> None:
    assert line_date(line, None, []) == day
