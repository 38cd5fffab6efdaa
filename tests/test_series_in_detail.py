"""An exchange of letters between two states told in sum, then letter by letter between their leaders, is
those letters, no two acts of the states' own. Invented sentences."""

from __future__ import annotations

from test_extract import found_acts, found_replies

SUM = "The crisis played out in an exchange of letters between Finland and Chile."
DETAIL = [
    "On 7 September 1958, Finland's President Adam Krol sent a long letter to Chilean President Eva Lind.",
    "Lind answered on 12 September, rejecting what she called threats.",
]


def test_the_exchange_is_the_letters_told() -> None:
    assert found_replies(SUM, *DETAIL) == [
        ("Adam Krol", ("Eva Lind",), ""),
        ("Eva Lind", ("Adam Krol",), "Adam Krol"),
    ]


def test_an_exchange_told_with_a_call_only_stays() -> None:
    acts = found_acts(
        "Finland and Chile exchanged letters on Monday.",
        "Finland's President Adam Krol later phoned Chilean President Eva Lind.",
    )
    assert ("letter", "Finland", ("Chile",)) in acts and ("letter", "Chile", ("Finland",)) in acts
