"""Who thanks for a message received it: 'A sent a letter to B thanking him for the message B sent' (B's
message went to A), 'A wrote to B, thanking her for the cable she had sent'. Look-alike: thanks for
what is no message ('thanking him for his support') name no other act. Invented names; report dated
14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "President Park Ji-hoon has sent a letter to Chinese President Xi Jinping thanking him for the"
        " congratulatory message Xi sent on the day of his inauguration.",
        "President Park Ji-hoon wrote to President Xi Jinping on Monday, thanking him for the cable Xi had sent.",
        "President Park Ji-hoon sent a message to President Xi Jinping on Monday thanking him for the letter"
        " Xi had written.",
    ],
)
def test_the_one_who_thanks_received_the_message(sentence: str) -> None:
    acts = found_acts(sentence)
    assert [(s, r) for _, s, r in acts if s == "Xi Jinping"] == [("Xi Jinping", ("Park Ji-hoon",))]


def test_thanks_for_support_name_no_act() -> None:
    acts = found_acts(
        "President Park Ji-hoon wrote to President Xi Jinping on Monday, thanking him for his support."
    )
    assert acts == [("letter", "Park Ji-hoon", ("Xi Jinping",))]
