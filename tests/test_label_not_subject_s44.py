"""A press conference's answer opened by the speaker's label on the same line ("Press Secretary KANEMURA:
On June 9, Prime Minister KANZAKI sent a message ..."): the label is no subject of the sentence after it."""

from __future__ import annotations

import pytest

from test_extract import found_acts

OPEN = "Press Conference by Press Secretary NAKAMURA Daiki"


@pytest.mark.parametrize(
    "answer",
    [
        "Press Secretary NAKAMURA: On June 9, Prime Minister MORI sent a message of condolence to Ms. Savitri Rao, "
        "President of India.",
        "Press Secretary NAKAMURA: Yesterday, Prime Minister MORI sent a message of condolence to Ms. Savitri Rao, "
        "President of India.",
    ],
)
def test_label_is_not_the_sender(answer: str) -> None:
    acts = found_acts(
        OPEN,
        "Press Secretary NAKAMURA: Prime Minister MORI Hideo has received a letter from the President of Ghana.",
        "Q: Has Japan conveyed condolences over the accident in India?",
        answer,
    )
    messages = [a for a in acts if a[0] == "message"]
    assert messages and all(a[1] == "MORI Hideo" for a in messages), acts
