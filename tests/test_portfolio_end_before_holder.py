"""'Assistant Secretary for Legislative Affairs A B' tagged as one body with the holder's name: the words after
the portfolio's last word ('Affairs', 'Relations', 'Security', 'Development') are the holder, a person.
Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "office",
    [
        "Assistant Secretary for Legislative Affairs",
        "Assistant Secretary for Congressional Relations",
        "Deputy Secretary for Homeland Security",
    ],
)
def test_the_holder_after_the_portfolio_is_a_person(office: str) -> None:
    acts = found_acts(f"{office} Naomi Fairbank wrote to Sen. Colleen Branner on 24 April about visa waits.")
    assert acts == [("letter", "Naomi Fairbank", ("Colleen Branner",))]


def test_a_body_ending_in_a_portfolio_word_stays_a_body() -> None:
    acts = found_acts(
        "The Department of Foreign Affairs wrote to Sen. Colleen Branner on 24 April about visa waits."
    )
    assert acts == [("letter", "Department of Foreign Affairs", ("Colleen Branner",))]


@pytest.mark.parametrize(
    "body",
    ["The Ministry of Rural Development Andhra Pradesh", "The Council on Foreign Relations Asia Program"],
)
def test_a_body_name_after_its_portfolio_word_is_no_person(body: str) -> None:
    acts = found_acts(f"{body} wrote to Governor Bram Tully on Monday.")
    assert [s for _k, s, _r in acts] == [body.removeprefix("The ")]
