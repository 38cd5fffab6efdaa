"""'sent a message to Moeng's widow, Dikeledi Moeng', 'to the widow of Lazarus Moeng, Dikeledi Moeng': the
widow is written to; the one whose kin she is (here the late president) is no addressee."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Berg sent a message to Moeng's widow, Dikeledi Moeng.",
        "President Ana Berg sent a message of condolence to the widow of Lazarus Moeng, Dikeledi Moeng.",
        "In a message to Moeng's widow, Dikeledi Moeng, President Ana Berg said she shared the pain.",
    ],
)
def test_the_widow_not_the_late_husband(sentence: str) -> None:
    acts = found_acts("Former President Lazarus Moeng died on Sunday.", sentence)
    assert acts == [("message", "Ana Berg", ("Dikeledi Moeng",))]
