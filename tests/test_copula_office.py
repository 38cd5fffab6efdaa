"""'Ana Berg is the foreign minister of Norland', 'A is governor of the province': a copula
names the office its subject holds, so a later 'the foreign minister' is that person (titles._office_taken,
_defining). Only a copula in the present: 'A was minister' tells a past office. Not 'a former minister',
'the first minister to call B', another's office ('the minister's chief of staff'), 'is not' or 'no longer
the minister', a hypothesis. Invented sentences."""

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("first", "second", "sender"),
    [
        (
            "Yuan Keming is governor of the southern province.",
            "In a letter dated 10 October, the governor begged Prince Jin Haoran to send troops and money.",
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
        # review 36 (/work/review36): a past office, another's office, a hypothesis
        "Olaf Brandt was foreign minister before becoming president.",
        "Olaf Brandt was foreign minister between 2001 and 2005.",
        "Olaf Brandt is the foreign minister's chief of staff.",
        "Olaf Brandt is the father of the foreign minister.",
        "If Olaf Brandt were the foreign minister, he would resign.",
        "Olaf Brandt is no longer the foreign minister.",
    ],
)
def test_no_office_held_now(first: str) -> None:
    acts = found_acts(first, "On Monday the foreign minister wrote to President Ivo Dral.")
    assert all(s != "Olaf Brandt" for _, s, _ in acts)
