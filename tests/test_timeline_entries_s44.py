"""A wire timeline's entries ("JAN 20 - A writes to B ...", "FEB 3 - B replies, rejecting ..."): one
sentence from the date on, the present tense of a dated entry tells a past act (a bare reply answers the
letter before it), and the lead's "A and B have traded letters, notes and warnings since January" is the
series told whole, no act of its own."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies

LEAD = (
    "Norland and Sylvania have traded letters, protest notes and warnings since January over a dam on the "
    "border river."
)
FIRST = "JAN 20 - Norland President Martin Salva writes to Sylvanian President Lucia Ortega proposing a commission."


@pytest.mark.parametrize(
    "entry",
    [
        'FEB 3 - Ortega replies, rejecting a commission "as long as the machines keep working" and demanding a halt.',
        "FEB 3 - Ortega replies, rejecting the commission and demanding a halt to construction.",
        "3 February: Ortega replies, rejecting the commission.",
    ],
)
def test_timeline_bare_reply_answers_the_letter(entry: str) -> None:
    replies = found_replies(LEAD, FIRST, entry)
    assert ("Lucia Ortega", ("Martin Salva",), "Martin Salva") in replies, replies


def test_series_traded_since_is_no_act() -> None:
    acts = found_acts(LEAD, FIRST)
    assert acts == [("letter", "Martin Salva", ("Lucia Ortega",))], acts


def test_undated_present_reply_is_no_letter() -> None:
    acts = found_acts("President Lucia Ortega often replies to critics on the radio.")
    assert acts == [], acts
