"""Given names opened by 'Abd', 'Abdul' or 'Abdel' ('servant of') are written as one word or two, with a
hyphen or an article: every spelling is one name when names are compared (invented names)."""

from __future__ import annotations

import pytest

from lettertrace import names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Abdul-Karim al-Mansour", "Abdulkarim al-Mansour"),
        ("Abd al-Karim Mansour", "Abdel Karim Mansour"),
        ("Sayyed Abdul Karim al-Mansouri", "Abdelkarim al-Mansuri"),
    ],
)
def test_spellings_of_one_theophoric_name_are_one_person(a: str, b: str) -> None:
    assert names.same_person(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Abdullah Mansour", "Abdul Karim Mansour"),  # two given names
        ("Abdul Karim Mansour", "Abdul Karim Haddad"),  # two families
    ],
)
def test_other_names_stay_apart(a: str, b: str) -> None:
    assert not names.same_person(a, b)


def test_the_short_form_still_names_the_person() -> None:
    assert names.same_person("Mansour", "Abdul-Karim al-Mansour")
