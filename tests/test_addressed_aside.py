"""'delivered a note to the embassy, addressed to the foreign ministry': the participle of addressing
set off after the object names whom the text is for; the one it was handed to only carried it. Every
text is invented; the states are real."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        (
            "On 12 June, the Chilean Foreign Ministry delivered a diplomatic note to the Embassy of Peru in Santiago, "
            "addressed to the Peruvian foreign ministry.",
            "Peruvian foreign ministry",
        ),
        (
            "On 12 June, the Chilean Foreign Ministry handed a note to the Peruvian ambassador, addressed to "
            "President Kesi Orlamo of Peru.",
            "Kesi Orlamo",
        ),
        (
            "On 12 June, Foreign Minister Aldo Verran of Chile delivered a letter to the Peruvian consul, addressed to "
            "President Kesi Orlamo of Peru.",
            "Kesi Orlamo",
        ),
    ],
)
def test_the_addressee_not_the_carrier(sentence: str, addressee: str) -> None:
    ((_, _, recipients),) = found_acts(sentence)
    assert recipients == (addressee,)


def test_the_addressee_answers() -> None:
    got = found_replies(
        "On 12 June, the Chilean Foreign Ministry delivered a diplomatic note to the Embassy of Peru in Santiago, "
        "addressed to the Peruvian foreign ministry.",
        "On 13 June, the Peruvian foreign ministry responded through a note verbale.",
    )
    assert ("Peruvian foreign ministry", ("Chilean Foreign Ministry",), "Chilean Foreign Ministry") in got
