"""Session 46: an office named without its holder is the person the alias file records in it on the day
of the act, where nothing is left to guess (the office's words, its place or body named, one holder over
the act's whole interval). Texts are invented; the holders are the alias file's well-known actors."""

from __future__ import annotations

import datetime as dt

from lettertrace.extract.known_holders import holder_of
from lettertrace.models import DateInterval
from test_extract import run


def _day(y: int, m: int, d: int) -> DateInterval:
    return DateInterval(dt.date(y, m, d), dt.date(y, m, d), "day")


def test_office_with_its_place_or_body() -> None:
    assert holder_of("President of Russia", _day(2023, 3, 14), "") == "Vladimir Putin"
    assert holder_of("the Russian President", _day(2023, 3, 14), "") == "Vladimir Putin"
    assert holder_of("President of the United States", _day(2019, 6, 1), "") == "Donald Trump"
    assert holder_of("President of the United States", _day(2022, 6, 1), "") == "Joe Biden"
    # outside every term the file records, or across two holders: no one
    assert holder_of("President of Russia", _day(2005, 3, 14), "") is None
    across = DateInterval(dt.date(2020, 12, 1), dt.date(2021, 3, 1), "range")
    assert holder_of("President of the United States", across, "") is None
    assert holder_of("President of Russia", DateInterval(), "") is None


def test_bare_office_takes_the_one_body_the_report_names() -> None:
    un = "Letter from the Permanent Representative to the United Nations"
    assert holder_of("Secretary-General", _day(2019, 3, 1), un) == "António Guterres"
    assert (
        holder_of("the Secretary-General", _day(2019, 3, 1), "a letter to the UN chief") == "António Guterres"
    )
    assert holder_of("the Secretary-General", _day(2019, 3, 1), "the UN and NATO") is None  # two bodies
    assert holder_of("Secretary-General", _day(2019, 3, 1), "no body named") is None
    assert holder_of("the President", _day(2019, 6, 1), "the United States and Russia") is None


def test_un_letter_to_the_secretary_general() -> None:
    text = (
        "United Nations                                S/2019/188\n\n"
        "Letter dated 4 March 2019 from the Permanent Representative of Norland to the United Nations "
        "addressed to the President of the Security Council\n\n"
        "I have the honour to transmit herewith a letter dated 1 March 2019 from Ana Berg, Minister for "
        "Foreign Affairs of Norland, addressed to the Secretary-General, concerning the border.\n\n"
        "(Signed) Carl Moss\nPermanent Representative\n"
    )
    found = {
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in run(text).extraction.communications
    }
    assert ("Ana Berg", ("António Guterres",)) in found, found


def test_bare_office_of_a_country_is_never_guessed_from_the_report() -> None:
    # a report names many countries: "the President" may be any of theirs
    assert holder_of("the President", _day(2019, 6, 1), "a letter to the US embassy") is None
    assert holder_of("the Prime Minister", _day(2019, 6, 1), "in the United Kingdom") is None
