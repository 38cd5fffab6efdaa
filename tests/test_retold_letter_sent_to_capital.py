"""'A has written to B ... In the letter, which was sent to Bern on Tuesday, A says': a retold letter
('the letter', 'his letter') sent to a capital went to that city; the capital is not a second addressee
(extract/capitals.py) when the report ties the addressee to that capital's state. A letter told as new
('also sent a letter to X') stays its own act, and so does one whose addressee the report ties to
another state or to none (a UN official). Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts

LEAD = "Prime Minister Rui Tavares Gomes has written to Swedish Chancellor Greta Lindqvist, asking that the fisheries talks end soon. "


@pytest.mark.parametrize(
    "again",
    [
        "In the letter, which was sent to Stockholm on Tuesday, the prime minister says that jobs depend on it.",
        "The letter was sent to Stockholm on Tuesday, officials said.",
        "His letter, delivered to Stockholm by courier on Tuesday, says that jobs depend on it.",
        "In the letter, which was sent to Stockholm on Tuesday, Tavares Gomes says that jobs depend on it.",
    ],
)
def test_the_capital_a_retold_letter_went_to_is_no_addressee(again: str) -> None:
    assert found_acts(LEAD + again) == [("letter", "Rui Tavares Gomes", ("Greta Lindqvist",))]


def test_a_letter_told_as_another_keeps_its_capital() -> None:
    text = (
        "Prime Minister Rui Tavares Gomes wrote to Chancellor Greta Lindqvist last month. "
        "He also sent a letter to Stockholm on Tuesday."
    )
    assert ("letter", "Rui Tavares Gomes", ("Sweden",)) in found_acts(text)


def test_an_addressee_of_another_state_keeps_the_capital_apart() -> None:
    text = (
        "Prime Minister Rui Tavares Gomes has written to German Chancellor Greta Lindqvist about fisheries. "
        "In the letter he sent to Stockholm on Tuesday, Tavares Gomes raised the matter of quotas."
    )
    assert ("letter", "Rui Tavares Gomes", ("Sweden",)) in found_acts(text)


def test_an_addressee_of_no_state_keeps_the_capital_apart() -> None:
    text = (
        "Iraqi Prime Minister Omar Saleh wrote to UN Secretary-General Ana Berg on Sunday about the water dispute. "
        "His letter, which was sent to Ankara on Monday, urged Turkey to release more water."
    )
    assert ("letter", "Omar Saleh", ("Türkiye",)) in found_acts(text)


def test_bern_tagged_as_a_body_is_still_the_capital() -> None:
    text = (
        "Head of Government Daniel Frey has written to Regula Amsel, head of the Swiss Federal"
        " Department of Finance. In the letter, which was sent to Bern on Tuesday, Frey says jobs depend on it."
    )
    assert found_acts(text) == [("letter", "Daniel Frey", ("Regula Amsel",))]
