"""A letter told by the relative clause of receiving ("the letter that A received from B", "a message she got
from B", "the note which the ministry received from the embassy"): the clause's subject received it and the
party after 'from' sent it. A clause that names no sender ("the letter A received on Monday") tells of no
sender, so no letter is made up from it."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The letter that President Oona Vale received from Chancellor Anatole Brandt on Monday calls for talks.",
            [("letter", "Anatole Brandt", ("Oona Vale",))],
        ),
        (
            "A letter President Oona Vale received from Chancellor Anatole Brandt on Monday calls for talks.",
            [("letter", "Anatole Brandt", ("Oona Vale",))],
        ),
        (
            "President Oona Vale's office released a letter she received from Chancellor Anatole Brandt on Monday.",
            [("letter", "Anatole Brandt", ("Oona Vale",))],
        ),
        (
            "The message that Oona Vale got from Anatole Brandt on Monday was brief.",
            [("message", "Anatole Brandt", ("Oona Vale",))],
        ),
        (
            "The note verbale which the Ministry of Foreign Affairs of Estmark received from the Embassy of Norland "
            "on Monday protests the arrest.",
            [("message", "Embassy of Norland", ("Ministry of Foreign Affairs of Estmark",))],
        ),
    ],
)
def test_the_subject_of_receiving_is_the_addressee(
    sentence: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert found_acts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The letter that Oona Vale received on Monday calls for talks.",
        "The letter, which the Daily Courier received from a reader on Monday, criticises President Oona Vale.",
    ],
)
def test_no_sender_named_no_letter(sentence: str) -> None:
    assert found_acts(sentence) == []
