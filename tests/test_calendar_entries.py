"""A calendar of state papers gives each entry its number, its date with the year first, its place, then
writer and addressee, often in capitals ("41. 1587, March 3. Greenwich. WALSINGHAM to BURGHLEY."); "to the
same" is the last entry's addressee. Dates from 1500 on are read when a month names them. Invented text."""

from __future__ import annotations

import datetime as dt

from lettertrace.extract.datex import find_dates
from test_extract import page_acts, run

CALENDAR = (
    "CALENDAR OF STATE PAPERS, DOMESTIC SERIES\n\n"
    "41. 1587, March 3. Greenwich. HOLCROFT to PEMBERTON.\n"
    "Has acquainted her Majesty with his advice touching the envoy. [1 p.]\n\n"
    "43. 1587, March 5. Theobalds. Pemberton to Holcroft.\n"
    "Thinks it not meet that the envoy be heard. [Holograph.]\n\n"
    "44. 1587, March. Fotheringhay. SIR JOHN ASHDOWN to the same.\n"
    "Prays to be discharged of the household. [Signed.]\n"
)


def test_each_entry_is_a_letter_dated_by_its_year_first() -> None:
    found = {
        (
            c.sender.name if c.sender else "",
            tuple(r.name for r in c.recipients),
            str(c.date.earliest),
            c.date.precision,
        )
        for c in run(CALENDAR).extraction.communications
    }
    assert ("Holcroft", ("Pemberton",), "1587-03-03", "day") in found, found
    assert ("Pemberton", ("Holcroft",), "1587-03-05", "day") in found, found
    assert ("John Ashdown", ("Holcroft",), "1587-03-01", "month") in found, found


def test_dates_from_1500_and_a_year_first_only_at_an_entrys_start() -> None:
    def dates(text: str) -> list[tuple[str, dt.date | None, str]]:
        return [(m.text, m.interval.earliest, m.interval.precision) for m in find_dates(text, None)]

    assert dates("on March 3, 1587") == [("March 3, 1587", dt.date(1587, 3, 3), "day")]
    assert dates("12. 1601, June 4. Whitehall.") == [("1601, June 4", dt.date(1601, 6, 4), "day")]
    assert dates("In 2019, May wrote to the president.") == [("2019", dt.date(2019, 1, 1), "year")]
    assert dates("in 1600 troops") == []  # a bare year before 1700 is a number


def test_an_edition_of_one_persons_papers_heads_each_letter_to_its_addressee() -> None:
    page = (
        "THE CORRESPONDENCE OF HENRIK HOLCROFT\n"
        "Volume II (1808)\n\n"
        "No. 141\n"
        "TO THE EMPEROR ALBRECHT, AT KESSEL\n"
        "Paris, 2 February 1808\n\n"
        "My Brother, the envoy will speak to you at length of the affairs of the moment; I will say only the"
        " essential, and I send this letter by courier.\n\n"
        "NOTES\n(a) The letter was delivered on 13 February.\n"
    )
    found = [(a[1], list(a[2])) for a in page_acts(page)]
    assert any(s == "Henrik Holcroft" and r and r[0].endswith("Albrecht") for s, r in found), found
    plain = page.replace("THE CORRESPONDENCE OF HENRIK HOLCROFT", "NOTES FROM THE ARCHIVE")
    found = [(a[1], list(a[2])) for a in page_acts(plain)]
    assert not any(s == "Henrik Holcroft" for s, _ in found), found  # no edition: the heading names no writer
