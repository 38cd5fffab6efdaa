"""'to A, President of X B, President of Y C': an office set off after a name that runs on into another
name is that one's title, not a form of the name before it. Every text is invented; the states are real."""

from __future__ import annotations

import pytest

from test_extract import report, run


def forms(sentence: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.aliases for p in run(report(sentence)).extraction.parties}


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday President of the Republic of Peru Aldo Verran sent messages to President of the Republic of "
        "Chile Kesi Orlamo, President of the Republic of Bolivia Dina Paolu and President of Colombia Mara Kuol.",
        "On Tuesday Aldo Verran sent messages to Kesi Orlamo, President of Bolivia Dina Paolu and Mara Kuol.",
        "On Tuesday Aldo Verran wrote to Kesi Orlamo, Prime Minister of Ecuador Dina Paolu, and to Mara Kuol.",
    ],
)
def test_the_office_is_the_next_names(sentence: str) -> None:
    got = forms(sentence)
    assert not any("Dina" in f or "Bolivia" in f or "Ecuador" in f for f in got["Kesi Orlamo"])


def test_an_office_set_off_after_a_name_is_its_own() -> None:
    got = forms("On Tuesday Aldo Verran wrote to Kesi Orlamo, President of Bolivia, and to Mara Kuol.")
    assert "Kesi Orlamo, President of Bolivia" in got["Kesi Orlamo"]
