"""'A and B each wrote to C': one letter from each (a joint 'A and B wrote to C' stays one, from the first
signer). 'A and B have each written to the EU's special representative for the Belgrade-Pristina dialogue.
... to the EU Special Representative, C, ...': the office, written with a possessive and with places
inside a common noun's phrase, is C's, named after it. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize("verb", ["each wrote", "have each written", "had each written"])
def test_each_wrote(verb: str) -> None:
    acts = found_acts(
        f"President Nenad Jovan and Prime Minister Arben Krasni {verb} to Jan Verhoef on Monday."
    )
    assert sorted(acts) == [
        ("letter", "Arben Krasni", ("Jan Verhoef",)),
        ("letter", "Nenad Jovan", ("Jan Verhoef",)),
    ]


def test_joint_writers_stay_one_letter() -> None:
    acts = found_acts("President Nenad Jovan and Prime Minister Arben Krasni wrote to Jan Verhoef on Monday.")
    assert acts == [("letter", "Nenad Jovan", ("Jan Verhoef",))]


@pytest.mark.parametrize("office", ["for the Belgrade-Pristina dialogue", "for the dialogue"])
def test_office_named_later(office: str) -> None:
    acts = found_acts(
        f"Serbian President Nenad Jovan and Kosovo Prime Minister Arben Krasni have each written to the EU's special"
        f" representative {office}, accusing each other of stalling.",
        "In a letter sent on Tuesday to the EU Special Representative, Jan Verhoef, Jovan demanded that the other"
        " side act.",
    )
    assert sorted(acts) == [
        ("letter", "Arben Krasni", ("Jan Verhoef",)),
        ("letter", "Nenad Jovan", ("Jan Verhoef",)),
    ]
