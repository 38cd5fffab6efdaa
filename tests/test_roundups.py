"""A round-up of messages to one person ("Congratulatory messages poured in for President B", "Condolence
messages flooded in to B"): each message told after it with a sender and no addressee ("In his message, A
described ...", "C said in his message that ...") is one of them, to B. Without such a round-up, a message
with no addressee names none."""

from __future__ import annotations

import pytest

from test_extract import found_acts

LATER = (
    "In his message, President Idris Kolo described the election as a shining example. Executive Secretary Tawanda "
    "Gumbo said in his message that the regional body looked forward to working with the re-elected president."
)


@pytest.mark.parametrize(
    "roundup",
    [
        "Congratulatory messages poured in for President Chilufya Mweembe on Tuesday.",
        "Messages of congratulations have continued to pour in for President Chilufya Mweembe since Monday.",
        "Congratulatory messages flooded in to President Chilufya Mweembe on Tuesday.",
    ],
)
def test_each_message_of_the_roundup_goes_to_its_addressee(roundup: str) -> None:
    got = found_acts(roundup, LATER)
    assert ("message", "Idris Kolo", ("Chilufya Mweembe",)) in got
    assert ("message", "Tawanda Gumbo", ("Chilufya Mweembe",)) in got


def test_no_roundup_no_addressee() -> None:
    got = found_acts("President Chilufya Mweembe was declared the winner on Monday.", LATER)
    assert not any(r for _, _, r in got)
