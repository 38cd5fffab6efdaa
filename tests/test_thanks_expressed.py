"""'A expressed his thanks to B for his congratulatory message': B's message to A, as 'A thanked B for his
message' tells it; 'In a letter of thanks dated 1 September, A wrote ...' goes to B, whom A thanked; 'A
thanked B in a letter for his message' tells both (the parser hangs 'for' on the letter). Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts

MESSAGE = ("message", "Kenji Mori", ("Sok Chanthy",))


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Sok Chanthy has expressed his sincere thanks to Kenji Mori, Prime Minister of Norland, for"
        " his congratulatory message on his appointment.",
        "Prime Minister Sok Chanthy expressed gratitude to Prime Minister Kenji Mori for his message of"
        " congratulations.",
        "Prime Minister Sok Chanthy has thanked Prime Minister Kenji Mori for his congratulatory message.",
    ],
)
def test_thanks_expressed_for_a_message(sentence: str) -> None:
    assert MESSAGE in found_acts(sentence)


def test_letter_of_thanks_goes_to_the_one_thanked() -> None:
    acts = found_acts(
        "Prime Minister Sok Chanthy has expressed his sincere thanks to Kenji Mori, Prime Minister of Norland, for"
        " his congratulatory message on his appointment.",
        'In a letter of thanks dated March 1, Prime Minister Sok Chanthy wrote that he was "deeply touched by the'
        ' warm words".',
    )
    assert sorted(acts) == [("letter", "Sok Chanthy", ("Kenji Mori",)), MESSAGE]


def test_thanked_in_a_letter_for_a_message() -> None:
    acts = found_acts(
        "Prime Minister Sok Chanthy thanked Prime Minister Kenji Mori of Norland in a letter for his"
        " congratulatory message."
    )
    assert sorted(acts) == [("letter", "Sok Chanthy", ("Kenji Mori",)), MESSAGE]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Tsogt Batbayar expressed gratitude to President Nurlan Zhaksy for the letter of congratulations"
        " sent last month.",
        "President Tsogt Batbayar conveyed his thanks to President Nurlan Zhaksy for the letter of congratulations.",
    ],
)
def test_thanks_for_the_letter(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Nurlan Zhaksy", ("Tsogt Batbayar",))]
