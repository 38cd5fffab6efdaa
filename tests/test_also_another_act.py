"""'A wrote to B about trade. A also wrote to B about the fisheries': an act told with 'also' (or
'separately') in a sentence of its own, and not as the letter told again ('In the letter, A also wrote
that ...', 'A's letter also says'), is another act, even between the same parties. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts

FIRST = "President Ana Berg wrote to Prime Minister Ivo Marr about trade."


@pytest.mark.parametrize(
    "then",
    [
        "Berg also wrote to Marr about the fisheries dispute.",
        "She also sent him a letter about the fisheries dispute.",
        "Separately, Berg wrote to Marr about the fisheries dispute.",
    ],
)
def test_also_tells_another_letter(then: str) -> None:
    assert found_acts(FIRST, then) == [("letter", "Ana Berg", ("Ivo Marr",))] * 2


@pytest.mark.parametrize(
    "then",
    [
        "In the letter, Berg also wrote that the fisheries dispute must end.",
        "Berg's letter also says the fisheries dispute must end.",
        "The letter also calls for an end to the fisheries dispute.",
    ],
)
def test_the_letter_told_again_with_also_is_the_same(then: str) -> None:
    assert found_acts(FIRST, then) == [("letter", "Ana Berg", ("Ivo Marr",))]
