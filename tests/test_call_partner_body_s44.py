"""A body named inside the call partner's own description ("in a phone call with head of the Norland
Front political bureau B") is B's body, never the caller: the caller is the subject of the clause."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruritanian President Majid Kavian in a phone call with head of Hamas political bureau Karim Nasser on "
        "Saturday said that the world would not stay silent.",
        "Ruritanian President Majid Kavian in a telephone conversation with the head of Hamas' political bureau "
        "Karim Nasser on Sunday voiced full support for the people of the city.",
        "The Ruritanian president, Majid Kavian, in a phone call with Hezbollah deputy leader Karim Nasser on "
        "Saturday said that the aggression would fail.",
    ],
)
def test_body_in_the_partners_description_is_not_the_caller(sentence: str) -> None:
    acts = found_acts(sentence)
    assert acts == [("call", "Majid Kavian", ("Karim Nasser",))], acts
