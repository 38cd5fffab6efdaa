"""People named only as members of one body act as that body: 'a letter from teachers and students of
Freeport Secondary School' is the school's letter (invented sentences; the report is dated Thursday 14
March 2024)."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    "members",
    [
        "teachers and students of Freeport Secondary School",
        "the students of Freeport Secondary School",
        "pupils and parents of Freeport Secondary School",
    ],
)
def test_the_members_write_as_their_body(members: str) -> None:
    got = found_replies(
        f"President Tomas Berg has replied to a letter from {members}, encouraging them to learn."
    )
    assert got == [
        ("Freeport Secondary School", ("Tomas Berg",), ""),
        ("Tomas Berg", ("Freeport Secondary School",), "Freeport Secondary School"),
    ]


def test_people_of_a_place_are_no_body() -> None:
    got = found_replies(
        "President Tomas Berg has replied to a letter from residents of Freeport about the river."
    )
    assert all(sender != "Freeport" for sender, _, _ in got)
