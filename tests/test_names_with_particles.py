"""Names with lower-case particles between their capitalised parts, set off after an office ('The
President-elect, Ana Maria Soto de la Vega, received ...'): the whole run names the office's holder
(invented sentences; the report is dated Thursday 14 March 2024)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The President-elect of the Republic, Ana María Soto de la Vega, received this Saturday a telephone "
            "call from the President of Sylvania, Tomas Berg.",
            ("call", "Tomas Berg", ("Ana María Soto de la Vega",)),
        ),
        (
            "The President of Freedonia, Ana Soto y Gasset, telephoned the President of Sylvania, Tomas Berg, on "
            "Monday.",
            ("call", "Ana Soto y Gasset", ("Tomas Berg",)),
        ),
        (
            "The Foreign Minister of Freedonia, Rosa del Carmen Quiroga, wrote to the President of Sylvania, Tomas "
            "Berg, on Monday.",
            ("letter", "Rosa del Carmen Quiroga", ("Tomas Berg",)),
        ),
    ],
)
def test_a_name_with_particles_after_an_office_is_its_holder(sentence: str, expected: tuple) -> None:
    assert found_acts(sentence) == [expected]


def test_a_place_with_particles_after_an_office_is_no_person() -> None:
    sentence = "The mayor of the town, Santa Cruz de la Sierra, wrote to Prime Minister Tomas Berg on Monday."
    assert all(sender != "Santa Cruz de la Sierra" for _, sender, _ in found_acts(sentence))
