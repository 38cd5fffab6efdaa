"""'B received on Saturday C, the envoy of A, who conveyed a message from A': the object written after
the day is still the courier B received, and B the addressee. 'handed him a note addressed to C': the
note is for C; the one it was handed to only carried it. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Interior Minister Huang Meiling received on Saturday Ibrahim Sow, the envoy of President Amara Diallo,"
        " who conveyed a message from Diallo on border security.",
        "Interior Minister Huang Meiling on Saturday received Ibrahim Sow, the envoy of President Amara Diallo,"
        " who conveyed a message from Diallo on border security.",
        "Interior Minister Huang Meiling received on Saturday Ibrahim Sow, the envoy of President Amara Diallo,"
        " who handed over a written message from President Diallo.",
    ],
)
def test_the_host_of_a_courier_received_after_the_day(sentence: str) -> None:
    assert [(s, r) for _k, s, r in found_acts(sentence)] == [("Amara Diallo", ("Huang Meiling",))]


@pytest.mark.parametrize(
    "sentence, to",
    [
        (
            "The Norland Foreign Ministry on Monday summoned Kestrian Ambassador Ivo Dral and handed him a note"
            " of protest addressed to Kestrian Foreign Minister Lena Moor.",
            ("Lena Moor",),
        ),
        (
            "Foreign Minister Ana Berg handed Ambassador Ivo Dral a letter addressed to King Olav Rendal on Monday.",
            ("Olav Rendal",),
        ),
        ("Foreign Minister Ana Berg handed Ambassador Ivo Dral a letter on Monday.", ("Ivo Dral",)),
    ],
)
def test_a_note_addressed_to_someone_is_for_them(sentence: str, to: tuple[str, ...]) -> None:
    assert [r for _k, _s, r in found_acts(sentence)] == [to]
