"""'C delivered a message of friendship and of fraternity from A to B': the 'from' after the object
carried names the sender wherever the parser hangs it (on a later conjunct, on the verb), also when the
courier speaks ('"I came to deliver a message ... from President A to ... B," declared C'). Invented
people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        '"I came to deliver a message of friendship and of fraternity from President Tomas Vey to his brother'
        ' President Omar Haddi," declared Mrs Ana Berg to the press.',
        "Foreign Minister Ana Berg delivered a message of friendship and fraternity from President Tomas Vey to"
        " President Omar Haddi on Tuesday.",
        "Foreign Minister Ana Berg delivered a message from President Tomas Vey to President Omar Haddi on Tuesday.",
    ],
)
def test_the_courier_carries_the_senders_message(sentence: str) -> None:
    assert [(s, r) for _k, s, r in found_acts(sentence)] == [("Tomas Vey", ("Omar Haddi",))]


def test_a_courier_of_no_one_named_carries_the_state_message() -> None:
    acts = found_acts(
        "The Ostravan ambassador delivered a note verbale to the Norland foreign ministry on Tuesday."
    )
    assert [s for _k, s, _r in acts] != ["ambassador"]
