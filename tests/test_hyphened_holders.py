"""A holder with a hyphened surname set off after an office ("The Prime Minister of Norland, Ana Diaz-Berg,
wrote ..."): the parser hangs the given name on the surname's first part and the recogniser may tag the name
a body or nothing; it is the office holder all the same. Invented sentences."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Prime Minister of Norland, Ana Diaz-Berg, wrote to President Eva Lind on Saturday.",
            [("letter", "Ana Diaz-Berg", ("Eva Lind",))],
        ),
        (
            "The President of Norland, Miguel Ruiz-Canel, and his Sylvanian counterpart, Eva Lind, exchanged "
            "messages of congratulations on Saturday.",
            [
                ("message", "Eva Lind", ("Miguel Ruiz-Canel",)),
                ("message", "Miguel Ruiz-Canel", ("Eva Lind",)),
            ],
        ),
    ],
)
def test_a_hyphened_name_after_an_office_holds_it(sentence: str, expected: list) -> None:
    assert found_acts(sentence) == expected
