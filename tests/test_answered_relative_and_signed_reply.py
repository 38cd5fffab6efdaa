"""'The Government of Norland answered the letter that President A sent last week to his counterpart, B': the
answered letter went to B, whom its relative clause names (not to the one who answered). 'The reply is
signed on behalf of President B by his chief of staff, C': the principal is the sender; but one who writes
'on behalf of the government' stays its author. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The Government of Norland answered the letter that President Ana Berg sent last week to his Norland"
        " counterpart, Tomas Ngira.",
        "President Tomas Ngira answered the letter that President Ana Berg sent him last week.",
        "Norland answered the letter that President Ana Berg had sent to President Tomas Ngira in May.",
    ],
)
def test_the_answered_letter_went_where_its_clause_says(sentence: str) -> None:
    acts = found_acts(sentence)
    assert ("letter", "Ana Berg", ("Tomas Ngira",)) in acts
    assert [a for a in acts if a[1] == "Ana Berg"] == [("letter", "Ana Berg", ("Tomas Ngira",))]


FIRST = "President Ana Berg wrote to President Tomas Ngira on Monday."


@pytest.mark.parametrize(
    "second",
    [
        "The reply, dated Tuesday, is signed on behalf of President Ngira by his chief of staff, Carlos Mendez.",
        "A reply was sent by Carlos Mendez on behalf of President Ngira on Friday.",
    ],
)
def test_a_reply_signed_for_a_principal_is_the_principal_s(second: str) -> None:
    assert sorted(found_acts(FIRST, second)) == [
        ("letter", "Ana Berg", ("Tomas Ngira",)),
        ("letter", "Tomas Ngira", ("Ana Berg",)),
    ]


def test_a_reply_written_on_behalf_of_a_government_stays_its_writer_s() -> None:
    acts = found_acts(
        "President Ana Berg wrote to General Omar Haddi on Monday, and Defence Minister Carlos Mendez received a"
        " copy.",
        "On Tuesday Mendez sent a written reply to General Haddi on behalf of the government.",
    )
    assert ("letter", "Carlos Mendez", ("Omar Haddi",)) in acts
