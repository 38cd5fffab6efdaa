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


@pytest.mark.parametrize(
    "sentence",
    [
        "Crown Prince Karl Ruiz received a cable of congratulations from Sheikh Tamim's heir apparent, Sheikh "
        "Jassim bin Tamim Al-Nour.",
        "Crown Prince Karl Ruiz received a message from President Ana Berg's envoy, Jassim bin Tamim Al-Nour.",
        "Crown Prince Karl Ruiz received a cable from the Emir's son, Sheikh Jassim bin Tamim Al-Nour.",
    ],
)
def test_the_heir_or_envoy_named_after_the_owner_sends(sentence: str) -> None:
    first = "Sheikh Tamim bin Khalid Al-Nour, the Emir, sent a cable of congratulations to King Omar Haddad."
    acts = found_acts(first, sentence)
    assert ("message", "Jassim bin Tamim Al-Nour", ("Karl Ruiz",)) in acts
    assert ("message", "Tamim bin Khalid Al-Nour", ("Karl Ruiz",)) not in acts
