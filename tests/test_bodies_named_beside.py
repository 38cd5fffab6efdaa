"""A body's letter: "the X Farmers Union's letter to B" is the union's (no possessive in its name);
"the country's largest union, the Federation of X Workers, addressed an open letter to B" is the
federation's, the description set off before it naming no other party. Invented bodies and people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence, sender",
    [
        (
            "The Norland Farmers Union's letter to President Ana Berg, released on Friday, demands lower fuel prices.",
            "Norland Farmers Union",
        ),
        (
            "Norland's largest union, the Federation of Norland Workers, addressed an open letter to Prime Minister"
            " Omar Haddi on 1 May.",
            "Federation of Norland Workers",
        ),
    ],
)
def test_the_body_writes(sentence: str, sender: str) -> None:
    assert [s for _k, s, _r in found_acts(sentence)] == [sender]


def test_a_person_set_off_after_a_description_still_writes() -> None:
    acts = found_acts(
        "The ranking member of the oversight committee, Representative Omar Haddi, wrote in a letter to"
        " acting agency chief Ana Berg on Monday."
    )
    assert [s for _k, s, _r in acts] == ["Omar Haddi"]
