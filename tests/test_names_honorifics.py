"""Honorifics of Malaysian, Fijian, West African, Indian and British local press style stand before a
name and are not part of it: "Datuk Seri A B", "Tun A B", "Ratu A B", "Alhaji A B", "Shri A B" are A B,
"Cllr B" is B (kept as surface forms). Look-alike: "Tan" and "Sri", which are also surnames and given
names, stay in the name. Invented sentences."""

from __future__ import annotations

import pytest

from test_extract import found_acts
from test_patterns import acts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Datuk Seri Harun Kamal wrote to Prime Minister Liam Ross on Monday.", ("letter", "Harun Kamal", ("Liam Ross",))),
        ("Prime Minister Liam Ross received a letter from Ratu Josefa Vaka on Monday.",
         ("letter", "Josefa Vaka", ("Liam Ross",))),
        ("Alhaji Musa Bello phoned Governor Ada Eze on Monday.", ("call", "Musa Bello", ("Ada Eze",))),
        ("Tun Harun Kamal wrote to Prime Minister Liam Ross on Monday.", ("letter", "Harun Kamal", ("Liam Ross",))),
    ],
)  # fmt: skip
def test_a_regional_honorific_is_not_part_of_the_name(
    text: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert acts(text) == [expected]


def test_tan_and_sri_stay_in_the_name() -> None:
    assert acts("Sri Mulyani Dewi wrote to Tan Wei Ming on Monday.") == [
        ("letter", "Sri Mulyani Dewi", ("Tan Wei Ming",))
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shri Rajan Varma wrote to Chief Minister Leela Nair on Monday.", ("letter", "Rajan Varma", ("Leela Nair",))),
        ("Chief Minister Leela Nair received a letter from Shri Rajan Varma on Monday.",
         ("letter", "Rajan Varma", ("Leela Nair",))),
        ("Smt. Leela Nair phoned Shri Rajan Varma on Monday.", ("call", "Leela Nair", ("Rajan Varma",))),
    ],
)  # fmt: skip
def test_an_indian_honorific_is_not_part_of_the_name(
    text: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert acts(text) == [expected]


def test_cllr_is_the_councillors_title() -> None:
    acts = found_acts(
        "Minister Rupert Lang wrote to Councillor Beverley Stanhope, leader of the council, on Monday.",
        "Cllr Stanhope's reply, dated Wednesday, was blunt.",
    )
    assert acts == [
        ("letter", "Beverley Stanhope", ("Rupert Lang",)),
        ("letter", "Rupert Lang", ("Beverley Stanhope",)),
    ]
