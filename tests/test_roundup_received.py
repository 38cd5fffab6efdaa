"""A round-up of greetings received from senders left unnamed, then told one by one (invented sentences; the
report is dated Thursday 14 March 2024): 'President B received on Tuesday cables of condolence from a number
of leaders. ¶ A expressed in his cable ...' is A's cable to B. The parser reads 'on Tuesday cables' as one
phrase (the cables are still the verb's object), and a long agency dateline ('PORT AMBER, Feb. 19, 2024
(FNA) - ...') is no part of the round-up's sentence."""

from __future__ import annotations

import pytest

from test_extract import found_acts

ROUNDUP = [
    "President Ana Ruiz received on Tuesday cables of condolences from a number of leaders of friendly countries.",
    "PORT AMBER, Feb. 19, 2024 (FNA) - President of the Republic Ana Ruiz received on Tuesday cables of "
    "condolences from a number of the leaders of brotherly and friendly countries over the victims.",
    "President Ana Ruiz has received messages of condolence from several heads of state.",
]


@pytest.mark.parametrize("roundup", ROUNDUP)
@pytest.mark.parametrize(
    "told",
    [
        "King Tomas Berg expressed in his cable his deep sorrow over the floods.",
        "King Tomas Berg, for his part, said in his message that his people stood with hers.",
    ],
)
def test_each_sender_told_after_the_roundup_wrote_to_its_receiver(roundup: str, told: str) -> None:
    assert ("message", "Tomas Berg", ("Ana Ruiz",)) in found_acts(roundup, told)


def test_a_message_told_with_its_own_addressee_keeps_it() -> None:
    got = found_acts(
        ROUNDUP[0], "King Tomas Berg said in his message to Chancellor Vera Holm that he would help."
    )
    assert ("message", "Tomas Berg", ("Vera Holm",)) in got and (
        "message",
        "Tomas Berg",
        ("Ana Ruiz",),
    ) not in got


def test_with_no_roundup_a_message_names_no_receiver() -> None:
    assert found_acts("King Tomas Berg expressed in his cable his deep sorrow over the floods.") == []
