"""An office taken told by a noun ('congratulated A on his election as chancellor', 'A's appointment as
foreign minister'): the office is A's, so 'the new chancellor' later is A. Sentences are invented."""

from __future__ import annotations

from test_extract import acts


def test_election_as_an_office_in_a_congratulation() -> None:
    found = acts(
        "Prime Minister Ana Berg was among the first leaders to congratulate Tom Hale on his election as"
        " Norland's chancellor on Tuesday.",
        "In a message sent to the new chancellor on Tuesday, the premier said she looked forward to working"
        " together.",
    )
    assert ("message", "Ana Berg", ("Tom Hale",)) in found, found


def test_appointment_as_an_office_told_with_the_possessor() -> None:
    found = acts(
        "Carl Moss's appointment as foreign minister of Norland was confirmed on Monday.",
        "President Ana Berg wrote to the Norland foreign minister on Tuesday.",
    )
    assert ("letter", "Ana Berg", ("Carl Moss",)) in found, found
