"""'Ana Berg is the foreign minister of Norland', 'A was governor of the province in 1911': a copula
names the office its subject holds, so a later 'the foreign minister' is that person (titles._office_taken,
_defining). Not 'a former minister', 'the first minister to call B', 'is not the minister', 'was minister
until 2019'. Invented sentences."""

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("first", "second", "sender"),
    [
        (
            "Yuan Keming was governor of the southern province in 1911.",
            "In a letter dated 10 October 1911, the governor begged Prince Jin Haoran to send troops and money.",
            "Yuan Keming",
        ),
        (
            "Olaf Brandt is the foreign minister of Norland.",
            "On Monday the foreign minister wrote to President Ivo Dral.",
            "Olaf Brandt",
        ),
        (
            "Olaf Brandt, who is the foreign minister of Norland, arrived on Sunday.",
            "On Monday the foreign minister wrote to President Ivo Dral.",
            "Olaf Brandt",
        ),
    ],
)
def test_the_holder_the_copula_names_writes(first: str, second: str, sender: str) -> None:
    assert [s for _, s, _ in found_acts(first, second)] == [sender]


@pytest.mark.parametrize(
    "first",
    [
        "Olaf Brandt was foreign minister of Norland until 2019.",
        "Olaf Brandt is not the foreign minister, officials said.",
        "Olaf Brandt is a former foreign minister of Norland.",
    ],
)
def test_no_office_held_now(first: str) -> None:
    acts = found_acts(first, "On Monday the foreign minister wrote to President Ivo Dral.")
    assert all(s != "Olaf Brandt" for _, s, _ in acts)
