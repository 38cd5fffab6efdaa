"""'Rojas and Ecuadorian President B held telephone talks': spaCy reads a surname before 'and' as an
adjective coordinated with the nationality, inside B's phrase; the person the report named before is
the other side of the act. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts

NAMED = "Peruvian President Luis Rojas Medina met his cabinet on Friday."


@pytest.mark.parametrize(
    "told",
    [
        "Rojas and Ecuadorian President Santiago Vallejo Andrade held telephone talks on Saturday.",
        "Separately, Rojas and Ecuadorian President Santiago Vallejo Andrade held telephone talks on Saturday,"
        " during which the two leaders agreed to set up a joint task force.",
        "Rojas and Ecuadorian President Santiago Vallejo Andrade spoke by phone on Saturday.",
    ],
)
def test_the_name_before_and_is_a_party(told: str) -> None:
    assert found_acts(NAMED, told) == [("call", "Luis Rojas Medina", ("Santiago Vallejo Andrade",))]


def test_an_adjective_before_and_is_no_party() -> None:
    got = found_acts(
        NAMED, "Peruvian and Ecuadorian officials held telephone talks on Saturday about the border."
    )
    assert all("Rojas" not in s for _k, s, _r in got)
