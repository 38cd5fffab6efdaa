"""In a thanks, what is thanked for was sent by the one thanked, also when a clause of its own says so with a
pronoun ('expressed gratitude to B for the message she had sent'); but not when it names another sender
('for the letter the students had sent her', 'for the letter from the union')."""

from __future__ import annotations

import pytest

from test_extract import found_acts

OPENING = "President Anna Berzina met Prime Minister Jonas Petraitis in Valmiera on Monday."


@pytest.mark.parametrize(
    "sentence",
    [
        "Petraitis expressed his gratitude to Berzina for the message she had sent.",
        "The prime minister expressed his thanks to the president for the letter she sent him last month.",
        "Petraitis conveyed his appreciation to Berzina for the letter which she had sent after the flood.",
        "Petraitis thanked Berzina for the letter she had sent.",
    ],
)
def test_the_pronoun_that_sent_is_the_one_thanked(sentence: str) -> None:
    got = found_acts(OPENING, sentence)
    assert [a[1:] for a in got] == [("Anna Berzina", ("Jonas Petraitis",))], got


@pytest.mark.parametrize(
    "sentence",
    [
        "Petraitis thanked Berzina for the letter the students had sent her.",
        "Petraitis thanked Berzina for the letter from the fishermen's union.",
        "Petraitis thanked Berzina for the letter she had received from the students.",
        "Petraitis expressed his gratitude to Berzina for the letter the students had sent her.",
    ],
)
def test_another_sender_is_not_the_one_thanked(sentence: str) -> None:
    got = found_acts(OPENING, sentence)
    assert ("letter", "Anna Berzina", ("Jonas Petraitis",)) not in got, got
