"""A counterpart holds the office of the one he is the counterpart of: after "A sent a message to his
Mavundan counterpart, B", "the Mavundan head of State" and "the Mavundan president" are B, never A (whose
office the description names but whose nationality it does not)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "description",
    ["the Mavundan head of State", "the Mavundan president", "the Mavundan leader"],
)
def test_the_description_is_the_counterpart(description: str) -> None:
    got = found_acts(
        "The Portuguese President, Rui Marcal Tavares, sent a message of condolences to his Mavundan counterpart, "
        "Armindo Catumbela Nhaluma, on Tuesday.",
        f"On the same day, Prime Minister Ilse Marr spoke by telephone with {description}.",
    )
    assert ("call", "Ilse Marr", ("Armindo Catumbela Nhaluma",)) in got
