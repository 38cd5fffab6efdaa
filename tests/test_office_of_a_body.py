"""A description whose office is "of" a body ("the President of the African Union Commission") is not a
person whose roles lack that body's word (South Africa's president), nor "the President of X" one tied to
another state; a portfolio ("the Minister of Sport") still fits the minister the report names. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "text",
    [
        "South African President Sibusiso Ndala sent congratulations to President-elect Armando Santos on "
        "Monday. The President-elect also received congratulations from the President of the African Union "
        "Commission.",
        "South African President Sibusiso Ndala phoned President-elect Armando Santos on Monday. A letter "
        "from the President of the Regional Development Bank reached Santos on Tuesday.",
    ],
)
def test_a_bodys_president_is_no_states_president(text: str) -> None:
    acts = found_acts(text)
    assert len([a for a in acts if a[1] == "Sibusiso Ndala"]) == 1, acts  # his own act, not the body's


def test_a_portfolio_fits_the_minister_named() -> None:
    acts = found_acts(
        "Weeks after writing to the Minister of Sport, the football federation has no reply. Federation "
        "president Jose Tavares wrote to Minister Maria Semedo on 3 March."
    )
    assert ("letter", "Jose Tavares", ("Maria Semedo",)) in acts, acts


def test_the_president_of_the_state_is_its_president() -> None:
    acts = found_acts(
        "Mozambican President Armando Santos wrote to Sibusiso Ndala on Monday. Ndala answered the President "
        "of Mozambique on Friday."
    )
    assert ("letter", "Sibusiso Ndala", ("Armando Santos",)) in acts, acts
