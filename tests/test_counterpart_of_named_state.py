"""'his Lorvian counterpart' after 'the President of Lorvia, B': the people's word and the state's name name one
state (the CLDR's names and demonyms), so the counterpart is B even when the two words share no first four
letters ("Finnish", "Finland"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraph",
    [
        "President Oskar Brenner sent a telegram of condolences to the President of Finland, Ines Dahl. Later "
        "today, Brenner phoned his Finnish counterpart.",
        "President Oskar Brenner sent a telegram to President of Finland Ilona Marsh. Later today, Brenner "
        "phoned his Finnish counterpart.",
        "Chancellor Oskar Brenner wrote to the Chancellor of Switzerland, Ines Dahl, on Monday. On Tuesday "
        "Brenner phoned his Swiss counterpart.",
    ],
)
def test_the_counterpart_of_a_state_named_by_its_people_word(paragraph: str) -> None:
    calls = [a for a in found_acts(paragraph) if a[0] == "call"]
    named = "Ilona Marsh" if "Ilona Marsh" in paragraph else "Ines Dahl"
    assert calls == [("call", "Oskar Brenner", (named,))], found_acts(paragraph)


def test_a_counterpart_of_another_state_is_not_the_one_named() -> None:
    acts = found_acts(
        "President Oskar Brenner sent a telegram to the President of Finland, Ines Dahl. Later today, Brenner "
        "phoned his Chilean counterpart."
    )
    assert ("call", "Oskar Brenner", ("Ines Dahl",)) not in acts, acts
