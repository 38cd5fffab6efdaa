"""'Eng. A B' (an engineer's title, as East African official English writes it): the period is the
abbreviation's, the sentence goes on, and the name after it is the addressee."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The Cabinet Secretary, Hon. Daniel Kiprop, wrote to the head of the roads agency, Eng. Farah Osman "
        "Warsame, on 2nd September 2024.",
        "A letter from the Cabinet Secretary, Hon. Daniel Kiprop, reached Eng. Farah Osman Warsame, the head of "
        "the roads agency, on 2nd September 2024.",
        "Eng. Farah Osman Warsame received a letter from the Cabinet Secretary, Hon. Daniel Kiprop, on 2nd "
        "September 2024.",
    ],
)
def test_the_engineer_is_the_addressee(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Daniel Kiprop", ("Farah Osman Warsame",))]
