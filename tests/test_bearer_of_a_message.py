"""'B received C, bearer of a letter from A', 'B received C, the envoy of D, who was carrying a
message from A': the one who received the courier is the addressee, the courier is no party.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence, act",
    [
        (
            "President Tomas Berger on Thursday received the Foreign Minister of Chile, Ana Valdes, bearer of a "
            "message from President Karl Mett.",
            ("message", "Karl Mett", ("Tomas Berger",)),
        ),
        (
            "President Lina Soto on Monday received Oren Falk, the special envoy of King Aldric IV, who was carrying "
            "a message from the King.",
            ("message", "Aldric IV", ("Lina Soto",)),
        ),
        (
            "Prime Minister Mara Ilves received the Peruvian ambassador, Piet Okoro, bearer of a letter from "
            "President Rita Moll.",
            ("letter", "Rita Moll", ("Mara Ilves",)),
        ),
        (
            "Prime Minister Ivo Lenz met the envoy of President Jon Hale, who brought a letter from Hale.",
            ("letter", "Jon Hale", ("Ivo Lenz",)),
        ),
    ],
)
def test_the_host_of_the_bearer_is_the_addressee(
    sentence: str, act: tuple[str, str, tuple[str, ...]]
) -> None:
    assert found_acts(sentence) == [act]


def test_a_courier_carrying_no_message_tells_of_none() -> None:
    assert found_acts("President Tomas Berger received the ambassador, who was carrying flowers.") == []
