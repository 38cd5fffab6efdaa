"""'His Excellency Sheikh A B, the Foreign Minister of X': a form of address with a person's name and an
office both in apposition names that person; the office is his title, not a second party
(honoured.addressed_office). Invented sentences."""

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "President Amara Diallo received a telephone call from His Excellency Sheikh Khalid bin Saeed Al"
            " Harthy, the Foreign Minister of Qadaria, on Tuesday.",
            ("call", "Khalid bin Saeed Al Harthy", ("Amara Diallo",)),
        ),
        (
            "President Amara Diallo received a written message from His Excellency Sheikh Khalid bin Saeed"
            " Al Harthy, the Foreign Minister of Qadaria, on Tuesday.",
            ("message", "Khalid bin Saeed Al Harthy", ("Amara Diallo",)),
        ),
        (
            "A letter from His Highness Sheikh Khalid bin Saeed Al Harthy, the Crown Prince of Qadaria,"
            " reached President Amara Diallo on Tuesday.",
            ("letter", "Khalid bin Saeed Al Harthy", ("Amara Diallo",)),
        ),
    ],
)
def test_the_named_person_is_the_party(sentence: str, act: tuple[str, str, tuple[str, ...]]) -> None:
    assert act in found_acts(sentence)
