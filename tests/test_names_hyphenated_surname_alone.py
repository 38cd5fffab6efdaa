"""A hyphenated surname written alone after the full name ("Saint-Fleur" after "Prime Minister Jean Marc
Saint-Fleur") is that person, whatever label the recogniser gives it. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "second",
    [
        "On Monday Saint-Fleur wrote to President Ana Berg.",
        "President Ana Berg received a letter from Saint-Fleur on Monday.",
        "A letter from Saint-Fleur reached President Ana Berg on Monday.",
    ],
)
def test_surname_alone_is_the_person(second: str) -> None:
    acts = found_acts(
        "Prime Minister Jean Marc Saint-Fleur visited the flooded north.", second, headline="Flood aid"
    )
    assert acts and all(a[1] == "Jean Marc Saint-Fleur" for a in acts), acts
