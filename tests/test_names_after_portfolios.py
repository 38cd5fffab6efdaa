"""A minister's portfolio before her name is no part of the name: 'Minister of Foreign Affairs Ana Ruiz'
names Ana Ruiz (invented sentences; the report is dated Thursday 14 March 2024)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister of Foreign Affairs Ana Ruiz wrote to Tomas Berg on Monday.",
        "Minister of Foreign Affairs Ana Ruiz sent a message to Tomas Berg on Monday.",
        "On Monday, Minister of Internal Affairs Ana Ruiz telephoned Tomas Berg.",
    ],
)
def test_the_portfolio_is_no_part_of_the_name(sentence: str) -> None:
    [(_, sender, recipients)] = found_acts(sentence)
    assert (sender, recipients) == ("Ana Ruiz", ("Tomas Berg",))


@pytest.mark.parametrize("name", ["Reyes", "Torres"])
def test_a_surname_read_as_a_plural_is_still_a_name(name: str) -> None:
    [(_, sender, recipients)] = found_acts(f"President {name} wrote to Chancellor Tomas Berg on Monday.")
    assert sender.endswith(name) and recipients == ("Tomas Berg",)


@pytest.mark.parametrize("given", ["Ines", "Agnes", "Carlos"])
def test_a_given_name_read_as_a_plural_after_a_title_is_still_a_name(given: str) -> None:
    [(_, sender, recipients)] = found_acts(f"Mayor {given} Dahl wrote to Chancellor Tomas Berg on Monday.")
    assert sender == f"{given} Dahl" and recipients == ("Tomas Berg",)
