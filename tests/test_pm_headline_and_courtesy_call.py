"""'a courtesy call at the ministry' is a visit, no phone call; and 'Norland PM writes to Sylvanian
counterpart' over 'Norland's Prime Minister A has written to ...': the headline's 'PM' is the prime minister
the story names, not a foreign minister the story calls someone's Norland counterpart (a prime minister's
role words hold 'pm' and 'premier' since a6c3ced; test_premier_and_bodies_in_offices keeps a province's
premier apart). Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


def test_the_headline_pm_is_the_prime_minister() -> None:
    got = found_acts(
        "Norland's Prime Minister Ivo Rana has written to Sylvania's Prime Minister Lena Marr proposing talks,"
        " officials said on Tuesday.",
        "Separately, Foreign Minister Mahbub Alam spoke by telephone on Sunday with his Norland counterpart, Ayesha"
        " Durrani.",
        headline="Norland PM writes to Sylvanian counterpart, seeks talks",
    )
    assert got == [("call", "Mahbub Alam", ("Ayesha Durrani",)), ("letter", "Ivo Rana", ("Lena Marr",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The letter was handed over to Prime Minister Lena Marr on Monday by the Norland envoy, Ivo Kant, during a"
        " courtesy call at her office.",
        "Ambassador Ivo Kant paid a courtesy call on Prime Minister Lena Marr on Monday.",
    ],
)
def test_a_courtesy_call_is_no_phone_call(sentence: str) -> None:
    assert all(kind != "call" for kind, _s, _r in found_acts(sentence))


def test_a_phone_call_still_is() -> None:
    assert found_acts("Ambassador Ivo Kant made a phone call to Prime Minister Lena Marr on Monday.") == [
        ("call", "Ivo Kant", ("Lena Marr",))
    ]
