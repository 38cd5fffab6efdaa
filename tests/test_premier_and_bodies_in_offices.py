"""Offices written with a body inside them:

* 'the premier' names a prime minister ('the Libyan premier' is 'the Prime Minister of Libya, A');
* 'the Prime Minister of Libya's Government of National Unity, A': the possessive inside the 'of'
  phrase is the body's, so the whole phrase is A's office (not 'Government of National Unity');
* 'the Prime Minister of the Government of National Unity (GNU), A': the body's short name in brackets
  closes the office, and the name set off after it holds it, however the parser hung the name.

Invented people and places."""

from __future__ import annotations

import pytest

from lettertrace.extract.mentions import Party, _add_role
from test_extract import found_acts

LATER = "Hamdi's letter responds to one sent by the Libyan premier last month."


@pytest.mark.parametrize(
    "office",
    [
        "the Prime Minister of Libya, Ibrahim Ashwar",
        "the Prime Minister of Libya's Government of National Unity, Ibrahim Ashwar",
        "the Prime Minister of Libya's Government of National Unity (GNU), Ibrahim Ashwar",
        "Libyan Prime Minister Ibrahim Ashwar",
    ],
)
def test_the_premier_is_the_prime_minister_named_before(office: str) -> None:
    first = f"The head of Norland's council, Gen. Abdel Hamdi, has sent a letter to {office}, calling for joint action."
    last = "Last Thursday, Norland's Foreign Minister, Abdul Kheiri, held a phone call with his Libyan counterpart, Naji Mabrouki."
    assert ("letter", "Ibrahim Ashwar", ("Abdel Hamdi",)) in found_acts(first, LATER, last)


@pytest.mark.parametrize(
    ("role", "kept"),
    [
        (
            "Prime Minister of Libya's Government of National Unity",
            "Prime Minister of Libya's Government of National Unity",
        ),
        ("President Ana Berg's chief of staff", "chief of staff"),
        ("Norland's foreign minister", "Norland's foreign minister"),
    ],
)
def test_a_possessive_inside_an_of_phrase_is_the_bodys(role: str, kept: str) -> None:
    p = Party(key=0, name="Ibrahim Ashwar", ptype="person", first=0)
    _add_role(p, role)
    assert p.roles == [kept]


@pytest.mark.parametrize(
    ("paras", "want"),
    [
        (
            (
                "Prime Minister Ana Berg wrote to Ontario Premier Tom Kell on Monday about the housing accord.",
                "The premier replied on Tuesday, rejecting the offer.",
            ),
            ("letter", "Tom Kell", ("Ana Berg",)),
        ),
        (
            (
                "Prime Minister Ana Berg met reporters on Monday. Ontario Premier Tom Kell also attended.",
                "The premier wrote to Berg on Tuesday asking for more housing money.",
            ),
            ("letter", "Tom Kell", ("Ana Berg",)),
        ),
        (
            (
                "Prime Minister Ana Berg spoke with President Ivo Marr of Norland on Monday.",
                "Ontario's premier, Tom Kell, wrote to the prime minister on Tuesday.",
            ),
            ("letter", "Tom Kell", ("Ana Berg",)),
        ),
    ],
)
def test_a_provinces_premier_stays_the_premier(
    paras: tuple[str, ...], want: tuple[str, str, tuple[str, ...]]
) -> None:
    assert want in found_acts(*paras)
