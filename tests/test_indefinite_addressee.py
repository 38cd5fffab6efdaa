"""'wrote to a foreign minister', 'had written to an ambassador': an office with an indefinite article names
no one, so no party is made of it; the same office with its holder ("the foreign minister, A") is A.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Berger wrote to a foreign minister on Monday about the dam.",
        "Tomas Berger said he had written to an ambassador about the dam.",
        "Tomas Berger phoned a senator on Monday to ask about the dam.",
    ],
)
def test_an_office_with_an_indefinite_article_is_no_addressee(sentence: str) -> None:
    assert found_acts(sentence) == []


def test_the_office_with_its_holder_is_the_holder() -> None:
    assert found_acts("Tomas Berger wrote to the foreign minister, Ana Valdes, on Monday about the dam.") == [
        ("letter", "Tomas Berger", ("Ana Valdes",))
    ]
