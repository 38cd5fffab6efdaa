"""'M. K. Gandhi' signing a letter told as 'Mohandas Karamchand Gandhi''s is the same person, and so is
'Herr Hitler' on its address for 'Adolf Hitler': a name written with initials that fit the one full name
of the report, and a form of address in another language ('Herr', 'Monsieur', 'Señora'), name the same
person; so the letter reproduced is the letter told, not a second one."""

from __future__ import annotations

import pytest

from lettertrace import names
from test_extract import found_acts


@pytest.mark.parametrize(
    ("a", "b"),
    [("Herr Novak", "Marek Novak"), ("Monsieur Dubois", "Jean Dubois"), ("Señora Berg", "Ana Berg")],
)
def test_a_form_of_address_names_the_person(a: str, b: str) -> None:
    assert names.same_person(a, b)


def test_initials_fit_one_full_name() -> None:
    assert names.initials_fit("M. K. Novak", ["Marek Karel Novak"])
    assert not names.initials_fit("M. K. Novak", ["Anna Karel Novak"])
    assert not names.initials_fit("Marek Novak", ["Marek Karel Novak"])  # no initials


@pytest.mark.parametrize(
    "signature",
    [
        "I remain,\nYour sincere friend,\nM. K. Novak",
        "Yours faithfully,\nM. K. Novak",
    ],
)
def test_the_letter_reproduced_is_the_letter_told(signature: str) -> None:
    got = found_acts(
        "On 23 July 1939 Marek Karel Novak wrote a short letter to Adolf Hitler. The letter reads:",
        "Dear friend,",
        "Friends have been urging me to write to you for the sake of peace.",
        signature,
        "Herr Hitler\nBerlin\nGermany",
    )
    assert len(got) == 1, got
    assert got[0][1].endswith("Novak") and got[0][2] == ("Adolf Hitler",), got
